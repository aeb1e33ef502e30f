-- Failed sign-ins per user name and client address, shared by every node: after too many, that name is locked
-- for a while from that address (SignInLockout).
create table sign_in_failure (
    principal_key    varchar(600) not null primary key,
    failures         integer      not null,
    first_failure_at timestamptz  not null,
    locked_until     timestamptz
);
create index sign_in_failure_first_idx on sign_in_failure (first_failure_at);
