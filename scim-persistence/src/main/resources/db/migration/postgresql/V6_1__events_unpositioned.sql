-- PostgreSQL-only: the sequencer's scan for unpositioned events, in insertion order, reads a small
-- partial index instead of the position index's null entries.
create index event_unpositioned_idx on event (seq) where position is null;
