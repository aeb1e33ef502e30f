-- The period an insight is about (e.g. "2026-11-02/2026-11-29"), so the same finding for the same subject and
-- period is stored once, however often the analysis runs. Insights recorded by hand keep no period.
alter table ai_insight add column period varchar(50);
create unique index ai_insight_once_per_period_idx on ai_insight (type, subject_type, subject_id, period)
    where period is not null;
