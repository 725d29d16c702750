-- Deleting a user cascades to its codes (oidc_grant.user_id): without an index PostgreSQL would
-- scan every code of every organization on each SCIM DELETE.
create index oidc_grant_user_idx on oidc_grant (user_id);
