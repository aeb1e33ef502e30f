-- Catalog: products, price list entries with validity periods, stock per location and reservations.

create table product (
    id            uuid         not null primary key,
    sku           varchar(64)  not null unique,
    name          varchar(200) not null,
    category      varchar(100) not null,
    unit          varchar(20)  not null,
    active        boolean      not null default true,
    unit_cost     numeric(19, 4) check (unit_cost >= 0),
    cost_currency varchar(3),
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    check ((unit_cost is null) = (cost_currency is null))
);
create index product_category_idx on product (category);
create index product_name_idx on product (lower(name));

create table price_list_entry (
    id         uuid           not null primary key,
    product_id uuid           not null references product (id),
    list_name  varchar(50)    not null,
    currency   varchar(3)     not null,
    unit_price numeric(19, 4) not null check (unit_price >= 0),
    valid_from date           not null,
    -- inclusive; null = open-ended
    valid_to   date,
    created_at timestamptz    not null,
    check (valid_to is null or valid_to >= valid_from),
    -- one price per product, currency and list at any day
    constraint price_list_entry_no_overlap exclude using gist (
        product_id with =, currency with =, list_name with =, daterange(valid_from, valid_to, '[]') with &&)
);

create table stock_level (
    id         uuid        not null primary key,
    product_id uuid        not null references product (id),
    location   varchar(50) not null,
    on_hand    integer     not null check (on_hand >= 0),
    reserved   integer     not null check (reserved >= 0),
    updated_at timestamptz not null,
    unique (product_id, location)
);

create table stock_reservation (
    id             uuid         not null primary key,
    reference      varchar(100) not null,
    product_id     uuid         not null references product (id),
    stock_level_id uuid         not null references stock_level (id),
    quantity       integer      not null check (quantity > 0),
    created_at     timestamptz  not null,
    released_at    timestamptz,
    -- a reference reserves a product once: retries find the first reservation
    unique (reference, product_id)
);
