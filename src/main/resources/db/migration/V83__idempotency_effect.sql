-- When the first transaction of a request carrying an Idempotency-Key committed its changes: a claim that never got
-- its answer (its node died) but has this set was carried out, and a retry must not run it again.
alter table idempotency_record add column effect_at timestamptz;
