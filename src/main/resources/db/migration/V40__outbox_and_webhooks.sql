-- Integration, outbound: the transactional outbox, webhook subscriptions and one delivery per (event, subscription).

create table outbox_event (
    id              uuid         not null primary key,
    -- the order events were written in; deliveries of one subject follow it
    seq             bigint       generated always as identity unique,
    idempotency_key varchar(200) unique,
    type            varchar(100) not null,
    subject         varchar(200) not null,
    data            jsonb        not null,
    occurred_at     timestamptz  not null,
    -- set once the dispatcher has made the event's deliveries
    fanned_out_at   timestamptz
);
create index outbox_event_not_fanned_out_idx on outbox_event (seq) where fanned_out_at is null;

create table webhook_subscription (
    id          uuid          not null primary key,
    url         varchar(2000) not null,
    event_types text[]        not null,
    -- AES-GCM ciphertext of the signing secret: the secret itself is needed to sign, so it cannot be hashed
    secret      text          not null,
    created_by  varchar(200)  not null,
    created_at  timestamptz   not null
);

create table webhook_delivery (
    id              uuid         not null primary key,
    event_id        uuid         not null references outbox_event (id),
    subscription_id uuid         not null references webhook_subscription (id) on delete cascade,
    event_seq       bigint       not null,
    subject         varchar(200) not null,
    state           varchar(20)  not null check (state in ('PENDING', 'DELIVERED', 'DEAD')),
    attempts        integer      not null,
    last_status     integer,
    last_error      varchar(1000),
    next_attempt_at timestamptz,
    delivered_at    timestamptz,
    created_at      timestamptz  not null,
    unique (event_id, subscription_id)
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where state = 'PENDING';
create index webhook_delivery_order_idx on webhook_delivery (subscription_id, subject, event_seq)
    where state = 'PENDING';
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, created_at);
