-- Visits reps log at accounts, with their notes.

create table sales_visit (
    id            uuid         not null primary key,
    rep_id        uuid         not null references sales_rep (id),
    account_id    uuid         not null references account (id),
    -- one visit per planned stop
    route_stop_id uuid unique references sales_route_stop (id),
    started_at    timestamptz  not null,
    ended_at      timestamptz,
    outcome       varchar(30)  not null check (outcome in
                      ('NOT_MET', 'NO_INTEREST', 'INTERESTED', 'FOLLOW_UP_NEEDED', 'ORDER_INTENT')),
    next_step     varchar(500),
    follow_up_on  date,
    created_at    timestamptz  not null,
    check (ended_at is null or ended_at >= started_at)
);
create index sales_visit_rep_time_idx on sales_visit (rep_id, started_at desc);
create index sales_visit_account_time_idx on sales_visit (account_id, started_at desc);
create index sales_visit_time_idx on sales_visit (started_at desc);

create table sales_visit_note (
    id         uuid          not null primary key,
    visit_id   uuid          not null references sales_visit (id) on delete cascade,
    position   integer       not null,
    kind       varchar(20)   not null check (kind in ('GENERAL', 'COMPETITOR', 'OBJECTION', 'FOLLOW_UP')),
    text       varchar(4000) not null check (length(trim(text)) > 0),
    author     varchar(200)  not null,
    written_at timestamptz   not null,
    unique (visit_id, position)
);
