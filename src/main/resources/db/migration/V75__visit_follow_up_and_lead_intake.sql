-- Visit follow-up and lead intake: what the two processes keep beside the records they work on.

-- one follow-up process per logged visit, and the draft quote it opened (one per visit)
create table visit_follow_up (
    visit_id             uuid        not null primary key references sales_visit (id),
    process_instance_key bigint,
    -- deferred: the quote is written by JPA at the commit's flush, after this row's update
    quote_id             uuid unique references sales_quote (id) deferrable initially deferred,
    started_at           timestamptz not null
);

-- the visit cadence the follow-up process decided for an account (days between visits)
alter table account
    add column visit_cadence_days       integer check (visit_cadence_days > 0),
    add column visit_cadence_decided_at timestamptz,
    add check ((visit_cadence_days is null) = (visit_cadence_decided_at is null));

-- where a lead is (territory assignment), what it duplicates, and what it became
alter table lead
    add column postal_code             varchar(20),
    add column city                    varchar(100),
    add column country                 varchar(2),
    add column lat                     double precision check (lat between -90 and 90),
    add column lon                     double precision check (lon between -180 and 180),
    add column duplicate_of_lead_id    uuid references lead (id),
    add column duplicate_of_account_id uuid references account (id),
    add column account_id              uuid references account (id) deferrable initially deferred,
    add column deal_id                 uuid unique references deal (id) deferrable initially deferred,
    add column process_instance_key    bigint,
    add check ((lat is null) = (lon is null));
create index lead_email_idx on lead (lower(email));
create index lead_phone_idx on lead (phone);

-- every external id a sending system delivered a lead under: a repeat delivery finds the lead it updated
create table lead_external_ref (
    external_id varchar(100) not null primary key,
    lead_id     uuid         not null references lead (id) deferrable initially deferred,
    received_at timestamptz  not null
);
create index lead_external_ref_lead_idx on lead_external_ref (lead_id);
