package dev.roster.persistence.user;

import dev.roster.domain.role.Role;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Re-roles every SCIM-managed user of an organization in set-based SQL. On PostgreSQL one statement
 * joins users to their winning mapping (highest-ranked role, role values before groups, oldest
 * mapping first) and writes only the rows whose role changes, so a mapping change over 100k users
 * is a few hash joins, not 100k correlated lookups. Other databases (the embedded H2) run the
 * portable two-statement form.
 */
final class RoleRecomputation {
  private static final String RANK =
      "case rm.role when 'ADMIN' then 1 when 'EDITOR' then 2 else 3 end";

  private static final String POSTGRESQL =
      "with candidate as ("
          + "  select r.user_id, rm.id as mapping_id, rm.role, "
          + RANK
          + " as rank, 0 as source_order,"
          + "         rm.created_at"
          + "  from user_idp_role r join role_mapping rm"
          + "    on rm.organization_id = r.organization_id and rm.source = 'ROLE'"
          + "   and rm.idp_value_key = r.value_key"
          + "  where r.organization_id = :org"
          + "  union all"
          + "  select gm.member_id, rm.id, rm.role, "
          + RANK
          + ", 1, rm.created_at"
          + "  from group_member gm join scim_group g on g.id = gm.group_id"
          + "  join role_mapping rm on rm.organization_id = g.organization_id and rm.source = 'GROUP'"
          + "   and rm.idp_value_key = g.display_name_key"
          + "  where gm.organization_id = :org and cast(:groups as boolean)),"
          + " best as ("
          + "  select distinct on (user_id) user_id, mapping_id, role from candidate"
          + "  order by user_id, rank, source_order, created_at, mapping_id),"
          + " target as ("
          + "  select u.id, b.mapping_id, coalesce(b.role, :default) as role,"
          + "         case when b.mapping_id is null then 'DEFAULT' else 'MAPPING' end as reason"
          + "  from app_user u left join best b on b.user_id = u.id"
          + "  where u.organization_id = :org and u.scim_managed = true)"
          + " update app_user u set role_mapping_id = t.mapping_id, role = t.role, role_reason = t.reason"
          + " from target t"
          + " where u.id = t.id and (u.role_mapping_id is distinct from t.mapping_id"
          + "   or u.role <> t.role or u.role_reason <> t.reason)";

  private static final String PICK_MAPPING =
      "update app_user u set role_mapping_id = ("
          + " select rm.id from role_mapping rm"
          + " where rm.organization_id = u.organization_id and ("
          + "  (rm.source = 'ROLE' and rm.idp_value_key in"
          + "    (select r.value_key from user_idp_role r where r.user_id = u.id))"
          + "  or (:groups = true and rm.source = 'GROUP' and rm.idp_value_key in"
          + "    (select g.display_name_key from group_member gm join scim_group g on g.id = gm.group_id"
          + "     where gm.member_id = u.id)))"
          + " order by "
          + RANK
          + ", case rm.source when 'ROLE' then 0 else 1 end, rm.created_at, rm.id"
          + " fetch first 1 rows only)"
          + " where u.organization_id = :org and u.scim_managed = true";

  private static final String APPLY_MAPPING =
      "update app_user u set"
          + " role = coalesce((select rm.role from role_mapping rm where rm.id = u.role_mapping_id), :default),"
          + " role_reason = case when u.role_mapping_id is null then 'DEFAULT' else 'MAPPING' end"
          + " where u.organization_id = :org and u.scim_managed = true";

  private RoleRecomputation() {}

  /** Returns the number of users whose role row was written. */
  static int run(
      EntityManager em, UUID organizationId, Role defaultRole, boolean groupMappingsApply) {
    em.flush();
    int count;
    if (isPostgreSql(em)) {
      count =
          em.createNativeQuery(POSTGRESQL)
              .setParameter("org", organizationId)
              .setParameter("groups", groupMappingsApply)
              .setParameter("default", defaultRole.name())
              .executeUpdate();
    } else {
      em.createNativeQuery(PICK_MAPPING)
          .setParameter("org", organizationId)
          .setParameter("groups", groupMappingsApply)
          .executeUpdate();
      count =
          em.createNativeQuery(APPLY_MAPPING)
              .setParameter("org", organizationId)
              .setParameter("default", defaultRole.name())
              .executeUpdate();
    }
    em.clear();
    return count;
  }

  private static boolean isPostgreSql(EntityManager em) {
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"));
  }
}
