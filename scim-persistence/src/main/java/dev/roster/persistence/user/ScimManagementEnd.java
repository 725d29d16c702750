package dev.roster.persistence.user;

import dev.roster.domain.event.EventTypes;
import dev.roster.domain.user.UserStatus;
import dev.roster.persistence.common.Databases;
import dev.roster.persistence.event.EventSqlJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Disabling SCIM ends the IdP's management of every SCIM-managed user of an organization: LOCK also
 * locks them ({@code user.locked} each), SOFT only releases them ({@code user.updated} each, with
 * {@code changedAttributes} {@code ["scimManaged"]}). One set-based statement whatever the number
 * of users: on PostgreSQL an UPDATE … RETURNING feeding an INSERT, on H2 an INSERT … SELECT from
 * the UPDATE's final table. The events show each user as the UPDATE left it.
 */
final class ScimManagementEnd {
  private static final String LOCK =
      "update app_user set scim_managed = false, status = '"
          + UserStatus.LOCKED.name()
          + "', version = version + 1 where organization_id = ? and scim_managed = true";
  private static final String RELEASE =
      "update app_user set scim_managed = false, version = version + 1"
          + " where organization_id = ? and scim_managed = true";

  private ScimManagementEnd() {}

  /** LOCK: returns the number of users locked (and of events written). */
  static int lock(Connection c, UUID organizationId, Instant at) throws SQLException {
    boolean pg = Databases.isPostgreSql(c);
    return run(
        c,
        LOCK,
        EventTypes.USER_LOCKED,
        EventSqlJson.object(pg, "user", EventSqlJson.user(pg, "l", "l.role")),
        organizationId,
        at);
  }

  /** SOFT: returns the number of users released (and of events written). */
  static int release(Connection c, UUID organizationId, Instant at) throws SQLException {
    boolean pg = Databases.isPostgreSql(c);
    return run(
        c,
        RELEASE,
        EventTypes.USER_UPDATED,
        EventSqlJson.object(
            pg,
            "user",
            EventSqlJson.user(pg, "l", "l.role"),
            "changedAttributes",
            (pg ? "json_build_array" : "json_array") + "('scimManaged')"),
        organizationId,
        at);
  }

  private static int run(
      Connection c, String update, String type, String data, UUID organizationId, Instant at)
      throws SQLException {
    OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    if (Databases.isPostgreSql(c)) {
      String sql =
          "with changed as ("
              + update
              + " returning *), logged as ("
              + EventSqlJson.INSERT
              + "select gen_random_uuid(), l.organization_id, '"
              + type
              + "', ?, "
              + EventSqlJson.text(true, data)
              + " from changed l order by l.user_name_key returning 1)"
              + " select count(*) from changed";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setObject(1, organizationId);
        s.setObject(2, when);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    }
    String sql =
        EventSqlJson.INSERT
            + "select random_uuid(), l.organization_id, '"
            + type
            + "', ?, "
            + EventSqlJson.text(false, data)
            + " from final table ("
            + update
            + ") l";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, when);
      s.setObject(2, organizationId);
      return s.executeUpdate();
    }
  }
}
