package dev.roster.persistence;

import dev.roster.domain.common.Keys;
import dev.roster.domain.role.Role;
import dev.roster.domain.user.UserStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.UUID;

/**
 * Rows written straight to the tables for integration tests of SQL, keys made by the domain's own
 * {@link Keys} as the repositories make them.
 */
public final class TestRows {
  public static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  /** Uuids in the order PostgreSQL and H2 sort a uuid column: unsigned 128-bit. */
  public static final Comparator<UUID> UUID_ORDER =
      Comparator.comparing((UUID u) -> u.getMostSignificantBits(), Long::compareUnsigned)
          .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

  private TestRows() {}

  /** A user row; {@code mappingId} non-null makes its role decision name that mapping. */
  public record UserRow(
      UUID id,
      UUID organizationId,
      String userName,
      String displayName,
      String email,
      UserStatus status,
      Role role,
      UUID mappingId,
      Instant createdAt) {}

  public static void organization(Connection c, UUID id) throws SQLException {
    insert(
        c,
        "insert into organization (id, slug, name, created_at) values (?, ?, ?, ?)",
        id,
        "org-" + id,
        "Organization " + id,
        at(T0));
  }

  public static void user(Connection c, UserRow u) throws SQLException {
    insert(
        c,
        "insert into app_user (id, organization_id, user_name, user_name_key, display_name, email,"
            + " email_key, active, status, role, role_reason, role_mapping_id, scim_managed,"
            + " created_at, last_modified_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " true, ?, ?, 1)",
        u.id(),
        u.organizationId(),
        u.userName(),
        Keys.of(u.userName()),
        u.displayName(),
        u.email(),
        Keys.of(u.email()),
        u.status() == UserStatus.ACTIVE,
        u.status().name(),
        u.role().name(),
        u.mappingId() == null ? "DEFAULT" : "MAPPING",
        u.mappingId(),
        at(u.createdAt()),
        at(u.createdAt()));
  }

  /** An active Viewer without a mapping, email = userName, created at {@link #T0}. */
  public static UserRow activeUser(
      Connection c, UUID organizationId, String userName, String displayName) throws SQLException {
    UserRow row =
        new UserRow(
            UUID.randomUUID(),
            organizationId,
            userName,
            displayName,
            userName,
            UserStatus.ACTIVE,
            Role.VIEWER,
            null,
            T0);
    user(c, row);
    return row;
  }

  public static void group(Connection c, UUID id, UUID organizationId, String displayName)
      throws SQLException {
    insert(
        c,
        "insert into scim_group (id, organization_id, display_name, display_name_key, external_id,"
            + " created_at, last_modified_at, version) values (?, ?, ?, ?, ?, ?, ?, 1)",
        id,
        organizationId,
        displayName,
        Keys.of(displayName),
        "ext-" + displayName,
        at(T0),
        at(T0));
  }

  /** A membership added at {@code addedAt}, or at the database's current time when null. */
  public static void member(
      Connection c, UUID groupId, UUID userId, UUID organizationId, Instant addedAt)
      throws SQLException {
    if (addedAt == null) {
      insert(
          c,
          "insert into group_member (group_id, member_id, organization_id) values (?, ?, ?)",
          groupId,
          userId,
          organizationId);
    } else {
      insert(
          c,
          "insert into group_member (group_id, member_id, organization_id, added_at)"
              + " values (?, ?, ?, ?)",
          groupId,
          userId,
          organizationId,
          at(addedAt));
    }
  }

  public static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static void insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }
}
