-- Inbound integrations: processed sender event ids, competitor observations, CSV import jobs.

create table inbound_event (
    endpoint    varchar(50)  not null,
    event_id    varchar(200) not null,
    -- the first answer, returned again for a repeat of the same event id
    response    jsonb        not null,
    received_by varchar(200) not null,
    received_at timestamptz  not null,
    primary key (endpoint, event_id)
);

create table competitor_observation (
    id             uuid          not null primary key,
    competitor     varchar(200)  not null,
    sku            varchar(64),
    category       varchar(100),
    price_amount   numeric(19, 4) check (price_amount >= 0),
    price_currency varchar(3),
    note           varchar(2000),
    observed_at    timestamptz   not null,
    source         varchar(100)  not null,
    account_id     uuid references account (id),
    territory_id   uuid references sales_territory (id),
    received_at    timestamptz   not null,
    check ((price_amount is null) = (price_currency is null)),
    check (account_id is not null or territory_id is not null)
);
create index competitor_observation_account_idx on competitor_observation (account_id, observed_at desc);
create index competitor_observation_territory_idx on competitor_observation (territory_id, observed_at desc);

create table import_job (
    id          uuid         not null primary key,
    kind        varchar(20)  not null check (kind in ('REPS', 'ACCOUNTS', 'PRODUCTS', 'TERRITORIES')),
    mode        varchar(20)  not null check (mode in ('ALL_OR_NOTHING', 'VALID_ROWS')),
    state       varchar(20)  not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    file_name   varchar(255),
    rows_done   integer      not null default 0,
    -- null while unknown (a streamed file is not counted ahead)
    rows_total  integer,
    report      jsonb,
    error       varchar(1000),
    created_by  varchar(200) not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    finished_at timestamptz
);
