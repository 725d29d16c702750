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
 * LOCK disable: locks every SCIM-managed user of an organization and writes a {@code user.locked}
 * event for each, in one set-based statement whatever the number of users: on PostgreSQL an UPDATE
 * … RETURNING feeding an INSERT in one statement, on H2 an INSERT … SELECT from the UPDATE's final
 * table. The events show each user as the UPDATE left it.
 */
final class UserLock {
  private static final String SET =
      "update app_user set scim_managed = false, status = '"
          + UserStatus.LOCKED.name()
          + "', version = version + 1 where organization_id = ? and scim_managed = true";

  /** Parameters: org, at. */
  private static final String POSTGRESQL =
      "with locked as ("
          + SET
          + " returning *), logged as ("
          + EventSqlJson.INSERT
          + "select gen_random_uuid(), l.organization_id, '"
          + EventTypes.USER_LOCKED
          + "', ?, "
          + EventSqlJson.text(
              true, EventSqlJson.object(true, "user", EventSqlJson.user(true, "l", "l.role")))
          + " from locked l order by l.user_name_key returning 1)"
          + " select count(*) from locked";

  /** Parameters: at, org. */
  private static final String H2 =
      EventSqlJson.INSERT
          + "select random_uuid(), l.organization_id, '"
          + EventTypes.USER_LOCKED
          + "', ?, "
          + EventSqlJson.text(
              false, EventSqlJson.object(false, "user", EventSqlJson.user(false, "l", "l.role")))
          + " from final table ("
          + SET
          + ") l";

  private UserLock() {}

  /** Returns the number of users locked (and of events written). */
  static int run(Connection c, UUID organizationId, Instant at) throws SQLException {
    OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    if (Databases.isPostgreSql(c)) {
      try (PreparedStatement s = c.prepareStatement(POSTGRESQL)) {
        s.setObject(1, organizationId);
        s.setObject(2, when);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement(H2)) {
      s.setObject(1, when);
      s.setObject(2, organizationId);
      return s.executeUpdate();
    }
  }
}
