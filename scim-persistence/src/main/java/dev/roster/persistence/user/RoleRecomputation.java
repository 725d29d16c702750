package dev.roster.persistence.user;

import dev.roster.domain.event.EventTypes;
import dev.roster.domain.role.MappingSource;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleResolver;
import dev.roster.persistence.common.Databases;
import dev.roster.persistence.event.EventSqlJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Re-roles every SCIM-managed user of an organization in set-based SQL, by the rule of {@link
 * RoleResolver}: the winner among the matching mappings is ordered by role rank, then source (role
 * values before groups), then creation time, then id; no match gives the default role. Ranks and
 * the source order are generated from {@link Role} and {@link MappingSource}, not restated here.
 *
 * <p>Each user whose role changes gets a {@code user.role_changed} event, written by the same
 * set-based statements (never a per-user loop).
 *
 * <p>On PostgreSQL one statement joins users to their winning mapping and writes only the rows
 * whose decision changes (and, in a data-modifying CTE, their events), so a mapping change over
 * 100k users is a few hash joins, not 100k correlated lookups. Other databases (the embedded H2)
 * run the portable two-statement form.
 *
 * <p>It runs over a plain JDBC {@link Connection} (the repository lends it the one its transaction
 * uses), so that {@code RoleRecomputationIT} runs this very code, binding included, on both
 * databases without a server or a Hibernate bootstrap, and checks it against {@link RoleResolver}.
 */
final class RoleRecomputation {
  /** A mapping's rank, 1 for Admin: {@code case rm.role when 'ADMIN' then 1 … end}. */
  static final String RANK =
      Arrays.stream(Role.values())
          .map(r -> " when '" + r.name() + "' then " + r.rank())
          .collect(Collectors.joining("", "case rm.role", " end"));

  /** Role values before groups, in {@link MappingSource}'s declaration order. */
  static final String SOURCE_ORDER =
      Arrays.stream(MappingSource.values())
          .map(s -> " when '" + s.name() + "' then " + s.ordinal())
          .collect(Collectors.joining("", "case rm.source", " end"));

  private static final String ROLE = "'" + MappingSource.ROLE.name() + "'";
  private static final String GROUP = "'" + MappingSource.GROUP.name() + "'";

  /** The event of a user whose role the statement changes, from the updated row {@code c}. */
  private static String roleChangedData(boolean pg, String c, String newRole, String reason) {
    return EventSqlJson.text(
        pg,
        EventSqlJson.object(
            pg,
            "user",
            EventSqlJson.user(pg, c, newRole),
            "oldRole",
            EventSqlJson.roleName(c + (pg ? ".old_role" : ".role")),
            "newRole",
            EventSqlJson.roleName(newRole),
            "reason",
            reason));
  }

  /** Parameters: org, org, groups, default, org, at. */
  private static final String POSTGRESQL =
      ("with candidate as ("
          + "  select r.user_id, rm.id as mapping_id, rm.role, rm.source, rm.created_at"
          + "  from user_idp_role r join role_mapping rm"
          + "    on rm.organization_id = r.organization_id and rm.source = "
          + ROLE
          + "   and rm.idp_value_key = r.value_key"
          + "  where r.organization_id = ?"
          + "  union all"
          + "  select gm.member_id, rm.id, rm.role, rm.source, rm.created_at"
          + "  from group_member gm join scim_group g on g.id = gm.group_id"
          + "  join role_mapping rm on rm.organization_id = g.organization_id and rm.source = "
          + GROUP
          + "   and rm.idp_value_key = g.display_name_key"
          + "  where gm.organization_id = ? and cast(? as boolean)),"
          + " best as ("
          + "  select distinct on (user_id) user_id, mapping_id, role from candidate rm"
          + "  order by user_id, "
          + RANK
          + ", "
          + SOURCE_ORDER
          + ", created_at, mapping_id),"
          + " target as ("
          + "  select u.id, b.mapping_id, coalesce(b.role, ?) as role,"
          + "         case when b.mapping_id is null then 'DEFAULT' else 'MAPPING' end as reason,"
          + "         u.role as old_role"
          + "  from app_user u left join best b on b.user_id = u.id"
          + "  where u.organization_id = ? and u.scim_managed = true),"
          + " changed as ("
          + "  update app_user u set role_mapping_id = t.mapping_id, role = t.role,"
          + "  role_reason = t.reason"
          + "  from target t"
          + "  where u.id = t.id and (u.role_mapping_id is distinct from t.mapping_id"
          + "    or u.role <> t.role or u.role_reason <> t.reason)"
          + "  returning u.*, t.old_role),"
          + " logged as ("
          + EventSqlJson.INSERT
          + "  select gen_random_uuid(), c.organization_id, '"
          + EventTypes.USER_ROLE_CHANGED
          + "', ?, "
          + roleChangedData(true, "c", "c.role", "c.role_reason")
          + "  from changed c where c.old_role <> c.role order by c.user_name_key returning 1)"
          + " select count(*) from changed");

  /** The role {@link #PICK_MAPPING} decided, before {@link #APPLY_MAPPING} writes it. */
  private static final String H2_NEW_ROLE =
      "coalesce((select rm.role from role_mapping rm where rm.id = u.role_mapping_id), ?)";

  /**
   * Between the two H2 statements: the events of users whose role the second will change (their row
   * still has the old role, and already the new mapping). Parameters: at, default, default, org,
   * default.
   */
  private static final String H2_EVENTS =
      EventSqlJson.INSERT
          + "select random_uuid(), u.organization_id, '"
          + EventTypes.USER_ROLE_CHANGED
          + "', ?, "
          + roleChangedData(
              false,
              "u",
              H2_NEW_ROLE,
              "case when u.role_mapping_id is null then 'DEFAULT' else 'MAPPING' end")
          + " from app_user u where u.organization_id = ? and u.scim_managed = true"
          + " and u.role <> "
          + H2_NEW_ROLE
          + " order by u.user_name_key";

  /** Parameters: groups, org. */
  private static final String PICK_MAPPING =
      ("update app_user u set role_mapping_id = ("
          + " select rm.id from role_mapping rm"
          + " where rm.organization_id = u.organization_id and ("
          + "  (rm.source = "
          + ROLE
          + " and rm.idp_value_key in"
          + "    (select r.value_key from user_idp_role r where r.user_id = u.id))"
          + "  or (? = true and rm.source = "
          + GROUP
          + " and rm.idp_value_key in"
          + "    (select g.display_name_key from group_member gm"
          + "     join scim_group g on g.id = gm.group_id where gm.member_id = u.id)))"
          + " order by "
          + RANK
          + ", "
          + SOURCE_ORDER
          + ", rm.created_at, rm.id"
          + " fetch first 1 rows only)"
          + " where u.organization_id = ? and u.scim_managed = true");

  /** Parameters: default, org. */
  private static final String APPLY_MAPPING =
      ("update app_user u set"
          + " role = coalesce((select rm.role from role_mapping rm"
          + " where rm.id = u.role_mapping_id), ?),"
          + " role_reason = case when u.role_mapping_id is null then 'DEFAULT' else 'MAPPING' end"
          + " where u.organization_id = ? and u.scim_managed = true");

  private RoleRecomputation() {}

  /** Returns the number of user rows written. */
  static int run(
      Connection connection,
      UUID organizationId,
      Role defaultRole,
      boolean groupMappingsApply,
      Instant at)
      throws SQLException {
    String role = defaultRole.name();
    OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    if (Databases.isPostgreSql(connection)) {
      try (PreparedStatement s = connection.prepareStatement(POSTGRESQL)) {
        bind(s, organizationId, organizationId, groupMappingsApply, role, organizationId, when);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    }
    execute(connection, PICK_MAPPING, groupMappingsApply, organizationId);
    execute(connection, H2_EVENTS, when, role, role, organizationId, role);
    return execute(connection, APPLY_MAPPING, role, organizationId);
  }

  private static void bind(PreparedStatement s, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      s.setObject(i + 1, values[i]);
    }
  }

  private static int execute(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      bind(s, values);
      return s.executeUpdate();
    }
  }
}
