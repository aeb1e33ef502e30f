-- Sales quotes and their priced lines. Numbers (Q-2026-000042) come from a sequence, so they never repeat.

create sequence sales_quote_number_seq;

create table sales_quote (
    id                   uuid           not null primary key,
    number               varchar(20)    not null unique,
    account_id           uuid           not null references account (id),
    rep_id               uuid           not null references sales_rep (id),
    currency             varchar(3)     not null,
    valid_until          date           not null,
    status               varchar(20)    not null check (status in ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'SENT',
                                                 'ACCEPTED', 'REJECTED', 'EXPIRED', 'WITHDRAWN')),
    subtotal             numeric(19, 2) not null check (subtotal >= 0),
    discount_total       numeric(19, 2) not null check (discount_total >= 0),
    total                numeric(19, 2) not null check (total >= 0),
    -- null when the unit cost of some line is unknown or in another currency
    cost_total           numeric(19, 2) check (cost_total >= 0),
    revision             integer        not null check (revision >= 1),
    approval_level       varchar(20) check (approval_level in ('NONE', 'MANAGER', 'DIRECTOR', 'REFUSED')),
    max_discount_percent numeric(5, 2) check (max_discount_percent between 0 and 100),
    approval_decision    varchar(20) check (approval_decision in ('APPROVED', 'REJECTED', 'REFUSED')),
    approved_by          varchar(100),
    approval_comment     varchar(2000),
    approved_revision    integer,
    decided_at           timestamptz,
    process_instance_key bigint,
    order_id             uuid,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null default 0,
    check (total = subtotal - discount_total),
    check (approved_revision is null or approved_revision <= revision),
    check ((approval_decision is null) = (decided_at is null))
);
create index sales_quote_rep_status_idx on sales_quote (rep_id, status);
create index sales_quote_account_idx on sales_quote (account_id);
create index sales_quote_created_idx on sales_quote (created_at);

create table sales_quote_item (
    id               uuid           not null primary key,
    quote_id         uuid           not null references sales_quote (id) on delete cascade,
    line_no          integer        not null check (line_no >= 1),
    product_id       uuid           not null references product (id),
    sku              varchar(64)    not null,
    name             varchar(200)   not null,
    category         varchar(100)   not null,
    quantity         integer        not null check (quantity > 0),
    list_unit_price  numeric(19, 4) not null check (list_unit_price >= 0),
    discount_percent numeric(5, 2)  not null check (discount_percent between 0 and 100),
    line_subtotal    numeric(19, 2) not null check (line_subtotal >= 0),
    line_discount    numeric(19, 2) not null check (line_discount >= 0),
    line_total       numeric(19, 2) not null check (line_total >= 0),
    unit_cost        numeric(19, 4) check (unit_cost >= 0),
    unique (quote_id, line_no),
    check (line_total = line_subtotal - line_discount)
);
