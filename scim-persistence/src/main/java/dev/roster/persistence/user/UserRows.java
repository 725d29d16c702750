package dev.roster.persistence.user;

import static dev.roster.persistence.common.JdbcReads.instant;
import static dev.roster.persistence.common.JdbcReads.uuid;

import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleDecision;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserStatus;
import dev.roster.persistence.common.SqlReader.RowMapper;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one mapping of an {@code app_user} row ({@code u.*}) to a {@link User}, for every read over
 * JDBC. IdP role values live in their own table and are left empty: only single-user loads that
 * lead to a role computation read them.
 */
final class UserRows {
  /**
   * A column {@code idp_roles} to select beside {@code u.*}: the user's IdP role values in order,
   * in the same statement (null when there are none).
   */
  static final String IDP_ROLES =
      "(select array_agg(r.value_key order by r.ordinal) from user_idp_role r"
          + " where r.user_id = u.id) as idp_roles";

  /** A user without its IdP role values (reads that compute no role). */
  static final RowMapper<User> USER = r -> user(r, List.of());

  /** A user with its IdP role values, selected as {@link #IDP_ROLES}. */
  static final RowMapper<User> USER_WITH_IDP_ROLES =
      r -> user(r, idpRoles(r.getArray("idp_roles")));

  private static User user(ResultSet r, List<String> idpRoles) throws SQLException {
    return new User(
        uuid(r, "id"),
        uuid(r, "organization_id"),
        r.getString("user_name"),
        r.getString("external_id"),
        r.getString("display_name"),
        r.getString("email"),
        r.getString("given_name"),
        r.getString("family_name"),
        r.getBoolean("active"),
        UserStatus.valueOf(r.getString("status")),
        new RoleDecision(
            Role.valueOf(r.getString("role")),
            RoleDecision.Reason.valueOf(r.getString("role_reason")),
            uuid(r, "role_mapping_id")),
        r.getBoolean("scim_managed"),
        r.getString("password_hash"),
        r.getString("attributes"),
        idpRoles,
        instant(r, "created_at"),
        instant(r, "last_modified_at"),
        r.getLong("version"));
  }

  private static List<String> idpRoles(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Object value : (Object[]) array.getArray()) {
      values.add((String) value);
    }
    return values;
  }

  private UserRows() {}
}
