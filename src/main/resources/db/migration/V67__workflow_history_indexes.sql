-- "Where work waits" pairs each element instance's ACTIVATED event with its end in a period: find the ends by
-- period and the starts by element instance without scanning the whole history.
create index wf_history_element_idx on wf_history (element_instance_key, event);
create index wf_history_ended_at_idx on wf_history (at) where event in ('COMPLETED', 'TERMINATED');
