-- Platform: idempotent POSTs, the Spring Modulith event publication registry; security: people and API keys.

create table idempotency_record (
    principal    varchar(200) not null,
    idem_key     varchar(200) not null,
    path         varchar(500) not null,
    request_hash varchar(64)  not null,
    started_at   timestamptz  not null,
    completed_at timestamptz,
    status       integer,
    content_type varchar(200),
    body         bytea,
    primary key (principal, idem_key)
);

create table event_publication (
    id               uuid        not null primary key,
    listener_id      text        not null,
    event_type       text        not null,
    serialized_event text        not null,
    publication_date timestamptz not null,
    completion_date  timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table app_user (
    id            uuid         not null primary key,
    username      varchar(100) not null,
    password_hash varchar(200) not null,
    display_name  varchar(200),
    roles         varchar(200) not null,
    rep_id        uuid,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null
);
create unique index app_user_username_uq on app_user (lower(username));
create index app_user_rep_idx on app_user (rep_id);

create table api_key (
    id         uuid         not null primary key,
    name       varchar(100) not null unique,
    key_hash   varchar(64)  not null unique,
    scopes     varchar(500) not null,
    created_at timestamptz  not null,
    revoked_at timestamptz
);
