-- Sales orders: from an accepted quote (one order per quote), direct, or a partner's order (one per external ref).

create sequence sales_order_number_seq;

create table sales_order (
    id                   uuid           not null primary key,
    number               varchar(20)    not null unique,
    source               varchar(10)    not null check (source in ('QUOTE', 'DIRECT', 'PARTNER')),
    quote_id             uuid unique references sales_quote (id),
    partner_id           uuid references account (id),
    external_ref         varchar(100),
    account_id           uuid           not null references account (id),
    rep_id               uuid           not null references sales_rep (id),
    currency             varchar(3)     not null,
    status               varchar(20)    not null check (status in ('CREATED', 'STOCK_RESERVED', 'BACKORDERED',
                                                 'CONFIRMED', 'INVOICED', 'PAID', 'CANCELLED')),
    subtotal             numeric(19, 2) not null check (subtotal >= 0),
    discount_total       numeric(19, 2) not null check (discount_total >= 0),
    total                numeric(19, 2) not null check (total >= 0),
    cost_total           numeric(19, 2) check (cost_total >= 0),
    invoice_state        varchar(20)    not null check (invoice_state in ('NOT_REQUESTED', 'REQUESTED')),
    payment_state        varchar(20)    not null check (payment_state in ('UNPAID', 'PAID')),
    confirmed_at         timestamptz,
    invoice_requested_at timestamptz,
    paid_at              timestamptz,
    cancelled_at         timestamptz,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              bigint         not null default 0,
    unique (partner_id, external_ref),
    check (total = subtotal - discount_total),
    check ((source = 'QUOTE') = (quote_id is not null)),
    check ((source = 'PARTNER') = (partner_id is not null and external_ref is not null)),
    check ((payment_state = 'PAID') = (paid_at is not null)),
    check ((invoice_state = 'REQUESTED') = (invoice_requested_at is not null))
);
create index sales_order_rep_status_idx on sales_order (rep_id, status);
create index sales_order_account_idx on sales_order (account_id);
create index sales_order_paid_idx on sales_order (paid_at);

create table sales_order_item (
    id               uuid           not null primary key,
    order_id         uuid           not null references sales_order (id) on delete cascade,
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
    unique (order_id, line_no),
    check (line_total = line_subtotal - line_discount)
);

alter table sales_quote add constraint sales_quote_order_fk foreign key (order_id) references sales_order (id);
