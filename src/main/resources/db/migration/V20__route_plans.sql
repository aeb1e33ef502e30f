-- A rep's planned day: the stops in visiting order with planned times, and the day's totals.

create table sales_route_plan (
    id              uuid          not null primary key,
    rep_id          uuid          not null references sales_rep (id),
    plan_date       date          not null,
    status          varchar(20)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    -- the zone the planned times were computed in (the rep's), so the plan reads the same after a move
    time_zone       varchar(64)   not null,
    starts_at       timestamptz   not null,
    ends_at         timestamptz   not null,
    distance_km     numeric(9, 2) not null check (distance_km >= 0),
    travel_minutes  integer       not null check (travel_minutes >= 0),
    visit_minutes   integer       not null check (visit_minutes >= 0),
    wait_minutes    integer       not null check (wait_minutes >= 0),
    stop_count      integer       not null check (stop_count >= 0),
    created_at      timestamptz   not null,
    version         bigint        not null default 0,
    check (ends_at >= starts_at)
);
-- one live plan per rep and day; a cancelled plan makes room for a new one
create unique index sales_route_plan_rep_day_uq on sales_route_plan (rep_id, plan_date) where status <> 'CANCELLED';
create index sales_route_plan_date_idx on sales_route_plan (plan_date);

create table sales_route_stop (
    id                uuid          not null primary key,
    plan_id           uuid          not null references sales_route_plan (id) on delete cascade,
    account_id        uuid          not null references account (id),
    sequence          integer       not null check (sequence >= 1),
    planned_arrival   timestamptz   not null,
    planned_departure timestamptz   not null,
    -- local times in the plan's zone; both or neither
    window_from       time,
    window_to         time,
    visit_minutes     integer       not null check (visit_minutes between 1 and 720),
    priority          integer       not null check (priority between 1 and 10),
    distance_km       numeric(9, 2) not null check (distance_km >= 0),
    travel_minutes    integer       not null check (travel_minutes >= 0),
    wait_minutes      integer       not null check (wait_minutes >= 0),
    status            varchar(20)   not null check (status in ('PLANNED', 'VISITED', 'SKIPPED', 'CANCELLED')),
    unique (plan_id, sequence),
    check ((window_from is null) = (window_to is null)),
    check (window_from is null or window_from < window_to),
    check (planned_departure >= planned_arrival)
);
create index sales_route_stop_account_idx on sales_route_stop (account_id);
