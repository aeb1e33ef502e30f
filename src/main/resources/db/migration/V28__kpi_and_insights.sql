-- KPI snapshots per rep and period, and the AI Sales Manager's insights.

create table sales_rep_kpi_snapshot (
    id               uuid           not null primary key,
    rep_id           uuid           not null references sales_rep (id),
    period_start     date           not null,
    -- inclusive
    period_end       date           not null,
    visits           integer        not null check (visits >= 0),
    quotes           integer        not null check (quotes >= 0),
    quotes_won       integer        not null check (quotes_won >= 0),
    orders           integer        not null check (orders >= 0),
    revenue          numeric(19, 2) not null check (revenue >= 0),
    currency         varchar(3)     not null,
    -- percent; null when no quote reached a customer decision in the period
    win_rate         numeric(5, 2) check (win_rate between 0 and 100),
    -- percent of the period's share of the quota; null without a quota
    quota_attainment numeric(9, 2) check (quota_attainment >= 0),
    commission       numeric(19, 2) not null check (commission >= 0),
    computed_at      timestamptz    not null,
    check (period_end >= period_start),
    check (quotes_won <= quotes),
    unique (rep_id, period_start, period_end)
);

create table ai_insight (
    id              uuid          not null primary key,
    type            varchar(50)   not null,
    subject_type    varchar(50)   not null,
    subject_id      varchar(100)  not null,
    rep_id          uuid references sales_rep (id),
    -- 0 (weak) to 1 (strong)
    score           numeric(5, 4) not null check (score between 0 and 1),
    explanation     varchar(4000) not null,
    evidence        jsonb         not null default '{}',
    created_at      timestamptz   not null,
    acknowledged_at timestamptz,
    acknowledged_by varchar(100),
    check ((acknowledged_at is null) = (acknowledged_by is null))
);
create index ai_insight_rep_created_idx on ai_insight (rep_id, created_at desc);
create index ai_insight_subject_idx on ai_insight (subject_type, subject_id);
