-- Reps, territories and who covers which territory when. A manager is a sales_rep with role MANAGER;
-- their team are the reps whose manager_id points at them.

create extension if not exists btree_gist;

create table sales_territory (
    id         uuid         not null primary key,
    code       varchar(40)  not null unique,
    name       varchar(200) not null,
    region     varchar(200),
    -- GeoJSON Polygon or MultiPolygon (lon/lat, WGS 84), validated by the service
    boundary   jsonb,
    created_at timestamptz  not null,
    version    bigint       not null default 0
);

create table sales_territory_postal_code (
    territory_id uuid        not null references sales_territory (id) on delete cascade,
    postal_code  varchar(20) not null,
    primary key (territory_id, postal_code)
);
create index sales_territory_postal_code_idx on sales_territory_postal_code (postal_code);

create table sales_rep (
    id             uuid         not null primary key,
    first_name     varchar(100) not null,
    last_name      varchar(100) not null,
    email          varchar(254) not null,
    phone          varchar(40),
    role           varchar(20)  not null check (role in ('FIELD', 'INSIDE', 'MANAGER')),
    manager_id     uuid references sales_rep (id),
    status         varchar(20)  not null check (status in ('ACTIVE', 'INACTIVE')),
    home_lat       double precision check (home_lat between -90 and 90),
    home_lon       double precision check (home_lon between -180 and 180),
    time_zone      varchar(64)  not null,
    quota_amount   numeric(19, 2) check (quota_amount >= 0),
    quota_currency varchar(3),
    quota_period   varchar(10) check (quota_period in ('MONTH', 'QUARTER', 'YEAR')),
    created_at     timestamptz  not null,
    version        bigint       not null default 0,
    check ((home_lat is null) = (home_lon is null)),
    check ((quota_amount is null) = (quota_currency is null) and (quota_amount is null) = (quota_period is null)),
    check (manager_id is null or manager_id <> id)
);
create unique index sales_rep_email_uq on sales_rep (lower(email));
create index sales_rep_manager_idx on sales_rep (manager_id);
create index sales_rep_status_idx on sales_rep (status);
create index sales_rep_name_idx on sales_rep (last_name, first_name);

create table sales_rep_territory_assignment (
    id                 uuid        not null primary key,
    rep_id             uuid        not null references sales_rep (id),
    territory_id       uuid        not null references sales_territory (id),
    valid_from         date        not null,
    -- inclusive; null = open-ended
    valid_to           date,
    primary_assignment boolean     not null,
    created_at         timestamptz not null,
    check (valid_to is null or valid_to >= valid_from),
    -- one primary rep per territory at any day
    constraint sales_rep_territory_one_primary exclude using gist (
        territory_id with =, daterange(valid_from, valid_to, '[]') with &&) where (primary_assignment)
);
create index sales_rep_territory_assignment_rep_idx on sales_rep_territory_assignment (rep_id);
create index sales_rep_territory_assignment_territory_idx on sales_rep_territory_assignment (territory_id);

alter table app_user add constraint app_user_rep_fk foreign key (rep_id) references sales_rep (id);
