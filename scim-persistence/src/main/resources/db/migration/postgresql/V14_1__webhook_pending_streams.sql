-- The pending deliveries of each stream (webhook, organization) in order: the claim walks the
-- streams that have any (a skip scan over this index, one probe per stream) and reads each one's
-- head and next deliveries, so its cost follows the number of streams, not the backlog of an
-- endpoint that was down for hours. Delivered rows (kept for the history) are not in it.
create index webhook_delivery_pending_stream_idx on webhook_delivery (webhook_id, organization_id, position, seq)
  where state = 'PENDING';
