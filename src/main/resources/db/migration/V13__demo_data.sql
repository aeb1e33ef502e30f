-- Which demo data steps have loaded, so each loads once.

create table demo_data_step (
    name      varchar(100) not null primary key,
    loaded_at timestamptz  not null
);
