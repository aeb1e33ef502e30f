-- The pipeline: leads (from CRM, web forms, partners, events) and deals on accounts.

create table lead (
    id                uuid         not null primary key,
    source            varchar(20)  not null check (source in ('WEB', 'REFERRAL', 'PARTNER', 'EVENT', 'OTHER')),
    external_id       varchar(100),
    contact_name      varchar(200) not null,
    email             varchar(254),
    phone             varchar(40),
    company           varchar(200),
    score             integer      not null check (score between 0 and 100),
    status            varchar(20)  not null check (status in ('NEW', 'CONTACTED', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED')),
    assigned_rep_id   uuid references sales_rep (id),
    territory_id      uuid references sales_territory (id),
    disqualify_reason varchar(500),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0,
    check (status <> 'DISQUALIFIED' or disqualify_reason is not null)
);
-- a system pushing the same lead twice finds the first one
create unique index lead_source_external_uq on lead (source, external_id) where external_id is not null;
create index lead_rep_status_idx on lead (assigned_rep_id, status);
create index lead_created_idx on lead (created_at desc);

create table deal (
    id               uuid           not null primary key,
    account_id       uuid           not null references account (id),
    rep_id           uuid           not null references sales_rep (id),
    name             varchar(200)   not null,
    stage            varchar(20)    not null check (stage in
                         ('PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'WON', 'LOST')),
    amount           numeric(19, 2) not null check (amount >= 0),
    currency         varchar(3)     not null,
    expected_close   date,
    probability      integer        not null check (probability between 0 and 100),
    close_reason     varchar(500),
    closed_at        timestamptz,
    last_activity_at timestamptz    not null,
    created_at       timestamptz    not null,
    version          bigint         not null default 0,
    check ((stage in ('WON', 'LOST')) = (closed_at is not null)),
    check (stage not in ('WON', 'LOST') or close_reason is not null)
);
create index deal_rep_stage_idx on deal (rep_id, stage);
create index deal_account_idx on deal (account_id);
create index deal_closed_idx on deal (closed_at);
