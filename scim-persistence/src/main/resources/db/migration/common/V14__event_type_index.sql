-- Reading an organization's events of some types (?types=…) walks only those types' rows in
-- position order, instead of every event of the organization after the cursor: a rare type
-- among millions of events is found at once.
create index event_org_type_position_idx on event (organization_id, type, position);
