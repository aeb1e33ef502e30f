-- The demo's live quotes whose invoices the demo pays as soon as they are requested (see demo.DemoLiveProcesses).
-- No foreign key: the demo writes it beside quotes that JPA has not flushed yet.
create table demo_payment (
    quote_id uuid not null primary key
);
