-- What the Quartz schedules did, so that a second firing (another node, a catch-up after downtime, a manual run)
-- does nothing twice.

-- One daily-route-start instance per rep and local day.
create table route_start_run (
    rep_id               uuid        not null references sales_rep (id),
    route_date           date        not null,
    process_instance_key bigint      not null,
    started_at           timestamptz not null,
    primary key (rep_id, route_date)
);

-- One stale-deal flag per deal and stretch of inactivity (the deal's last activity when it was found stale).
create table stale_deal_flag (
    deal_id          uuid        not null references deal (id),
    last_activity_at timestamptz not null,
    flagged_at       timestamptz not null,
    primary key (deal_id, last_activity_at)
);
