-- The claim must read the pending-stream index whatever the statistics say. With
-- webhook_delivery_due_idx (state, next_attempt_at) there, statistics taken while nearly every
-- delivery was DELIVERED (the usual state) made the planner expect one PENDING row and pick that
-- index for every step of the claim, nested: once an endpoint had been down for a while, a claim
-- over 4,000 pending deliveries read 1.8 million buffers and took 7 s, several times a second
-- (seen in ClusterIT). The claim and the backlog gauge need only the partial index; the embedded
-- database keeps the due index for its plain claim.
drop index webhook_delivery_due_idx;

-- A queue: most rows change state within seconds of being written. Vacuum and analyze it after
-- 1 % of its rows changed rather than the default 20 % / 10 %, so dead index entries and stale
-- estimates do not pile up between runs.
alter table webhook_delivery set (autovacuum_vacuum_scale_factor = 0.01,
                                  autovacuum_analyze_scale_factor = 0.01);
