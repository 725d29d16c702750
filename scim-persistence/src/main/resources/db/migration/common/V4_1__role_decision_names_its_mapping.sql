-- A role decision now names its mapping exactly when its reason is MAPPING (RoleDecision's
-- invariant). Before, an admin activation wrote role_mapping_id = null and left the reason MAPPING;
-- such rows would no longer load. They keep their role, marked DEFAULT (not from a mapping), until
-- the next SCIM write or role recomputation decides it again.
update app_user set role_reason = 'DEFAULT' where role_reason = 'MAPPING' and role_mapping_id is null;
update app_user set role_mapping_id = null where role_reason = 'DEFAULT' and role_mapping_id is not null;
