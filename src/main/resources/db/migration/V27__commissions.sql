-- Commissions: one per order and decision (rule set), with the rules and inputs that produced it.

create table sales_commission (
    id               uuid           not null primary key,
    rep_id           uuid           not null references sales_rep (id),
    order_id         uuid           not null references sales_order (id),
    base_amount      numeric(19, 2) not null check (base_amount >= 0),
    rate             numeric(7, 5)  not null check (rate between 0 and 1),
    accelerator      numeric(5, 3)  not null check (accelerator >= 0),
    amount           numeric(19, 2) not null check (amount >= 0),
    currency         varchar(3)     not null,
    -- YYYY-MM of the day the order was paid
    period           varchar(7)     not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    status           varchar(20)    not null check (status in ('CALCULATED', 'APPROVED', 'PAID', 'DISPUTED')),
    decision_id      varchar(100)   not null,
    decision_version varchar(50)    not null,
    -- ["rule_field_new_customer", "rule_below_quota"]
    matched_rules    jsonb          not null default '[]',
    inputs           jsonb          not null default '{}',
    created_at       timestamptz    not null,
    updated_at       timestamptz    not null,
    version          bigint         not null default 0,
    unique (order_id, decision_id)
);
create index sales_commission_rep_period_idx on sales_commission (rep_id, period);
