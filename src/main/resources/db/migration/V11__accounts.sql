-- Accounts: dealers, stands, partners and direct customers the quotes and orders are tied to.

create table account (
    id            uuid         not null primary key,
    name          varchar(200) not null,
    type          varchar(20)  not null check (type in ('DEALER', 'STAND', 'PARTNER', 'CUSTOMER')),
    tier          varchar(20)  not null check (tier in ('STANDARD', 'SILVER', 'GOLD', 'PLATINUM')),
    partner_tier  varchar(50),
    street        varchar(200),
    postal_code   varchar(20),
    city          varchar(100),
    country       varchar(2),
    lat           double precision check (lat between -90 and 90),
    lon           double precision check (lon between -180 and 180),
    -- {"MONDAY": [{"from": "08:00", "to": "12:00"}, ...], ...}
    opening_hours jsonb        not null default '{}',
    time_zone     varchar(64)  not null,
    territory_id  uuid references sales_territory (id),
    potential     varchar(10)  not null check (potential in ('LOW', 'MEDIUM', 'HIGH')),
    email         varchar(254),
    phone         varchar(40),
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    check ((lat is null) = (lon is null))
);
create index account_territory_idx on account (territory_id);
create index account_type_tier_idx on account (type, tier);
create index account_name_idx on account (lower(name));
-- lead de-duplication looks accounts up by contact
create index account_email_idx on account (lower(email));
create index account_phone_idx on account (phone);
