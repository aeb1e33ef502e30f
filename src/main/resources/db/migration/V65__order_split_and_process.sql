-- An order whose stock falls short may be split: the part in stock goes on, the rest becomes an order of its own
-- (source SPLIT, split_from_id = the original) that waits for stock. Orders remember the process instance that
-- runs them (order-to-commission), so a user can see where each order stands.

alter table sales_order drop constraint sales_order_source_check;
alter table sales_order add constraint sales_order_source_check
    check (source in ('QUOTE', 'DIRECT', 'PARTNER', 'SPLIT'));
alter table sales_order add column split_from_id uuid references sales_order (id);
alter table sales_order add column process_instance_key bigint;
alter table sales_order add constraint sales_order_split_check check ((source = 'SPLIT') = (split_from_id is not null));
-- one split per order: running the split step twice makes no second back-order
create unique index sales_order_split_from_idx on sales_order (split_from_id);
