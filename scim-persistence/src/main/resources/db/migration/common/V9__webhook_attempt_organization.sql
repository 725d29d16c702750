-- Every table of an organization's data carries organization_id, so that a distributed PostgreSQL
-- (Citus) could shard by it; webhook_attempt was the one that reached it only through its delivery.
alter table webhook_attempt add column organization_id uuid;
update webhook_attempt a
   set organization_id = (select d.organization_id from webhook_delivery d where d.id = a.delivery_id);
alter table webhook_attempt alter column organization_id set not null;
