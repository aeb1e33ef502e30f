-- The append-only activity log. A trigger refuses updates and deletes, so history cannot be rewritten.
create table activity_log (
    id           uuid         not null primary key,
    actor        varchar(200) not null,
    rep_id       uuid,
    action       varchar(100) not null,
    subject_type varchar(50)  not null,
    subject_id   varchar(100) not null,
    occurred_at  timestamptz  not null,
    details      jsonb        not null default '{}'::jsonb
);
create index activity_log_rep_time_idx on activity_log (rep_id, occurred_at desc);
create index activity_log_time_idx on activity_log (occurred_at desc);
create index activity_log_subject_idx on activity_log (subject_type, subject_id);

create function activity_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'activity_log is append-only';
end;
$$;
create trigger activity_log_no_update before update or delete on activity_log
    for each row execute function activity_log_append_only();
