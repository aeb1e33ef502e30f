-- A rep's dispute of a commission: the corrected facts, the manager's resolution and its reason.
create table commission_dispute (
    id                   uuid           not null primary key,
    commission_id        uuid           not null references sales_commission (id),
    rep_id               uuid           not null references sales_rep (id),
    reason               varchar(2000)  not null,
    -- {"repRole": "FIELD", "productCategory": "...", "marginPercent": 30, "newCustomer": true, "quotaAttainmentPercent": 80}
    corrected            jsonb          not null,
    original_rate        numeric(7, 5)  not null,
    original_accelerator numeric(5, 3)  not null,
    original_amount      numeric(19, 2) not null,
    original_rules       jsonb          not null,
    original_inputs      jsonb          not null,
    -- the commission's status before the dispute, given back when it is resolved
    previous_status      varchar(20)    not null,
    status               varchar(20)    not null check (status in ('OPEN', 'RESOLVED')),
    -- the commission decision on the corrected facts, as the process evaluated it (kept when resolved)
    recalculated_rate        numeric(7, 5),
    recalculated_accelerator numeric(5, 3),
    recalculated_amount      numeric(19, 2),
    recalculated_rules       jsonb,
    resolution           varchar(20)    check (resolution in ('ACCEPT_NEW', 'KEEP', 'ADJUST')),
    resolved_amount      numeric(19, 2) check (resolved_amount >= 0),
    resolution_comment   varchar(2000),
    process_instance_key bigint,
    created_at           timestamptz    not null,
    resolved_at          timestamptz,
    version              bigint         not null default 0,
    check ((status = 'RESOLVED') = (resolution is not null)),
    check (resolution is null or resolution = 'ACCEPT_NEW' or resolution_comment is not null)
);
-- one open dispute per commission
create unique index commission_dispute_open_uq on commission_dispute (commission_id) where status = 'OPEN';
create index commission_dispute_rep_idx on commission_dispute (rep_id);
