-- Which node holds a delivery's lease (its jboss.node.name): a node restarted after a crash ends
-- the leases its dead incarnation left, instead of leaving those streams for the lease to run out.
alter table webhook_delivery add column locked_by varchar(200);
