-- The last run of each schedule (by Quartz or on demand), for GET /api/v1/schedules.
create table schedule_last_run (
    name        varchar(100)  not null primary key,
    slot        timestamptz   not null,
    started_at  timestamptz   not null,
    finished_at timestamptz   not null,
    outcome     varchar(10)   not null check (outcome in ('OK', 'FAILED')),
    summary     varchar(2000) not null
);
