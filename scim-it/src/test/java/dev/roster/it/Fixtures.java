package dev.roster.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Test data written straight to the test database, for tests whose subject is not the admin API: an
 * organization with SCIM already enabled and a token for it. Each call makes a new, uniquely named
 * organization, so tests never share state.
 */
public final class Fixtures {
  private Fixtures() {}

  public record ScimTenant(UUID organizationId, String slug, String token) {
    public String auth() {
      return "Bearer " + token;
    }
  }

  public static ScimTenant scimTenant() {
    UUID org = UUID.randomUUID();
    String slug = "it-" + org.toString().substring(0, 8);
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = "rstr_scim_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = connect()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into organization (id, slug, name, created_at, identity_provider,"
                  + " default_role, auto_activate_users, sync_groups, scim_enabled, version)"
                  + " values (?, ?, ?, ?, 'OTHER', 'VIEWER', true, true, true, 0)")) {
        s.setObject(1, org);
        s.setString(2, slug);
        s.setString(3, slug);
        s.setTimestamp(4, now);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into scim_token (id, organization_id, name, token_hash, created_at)"
                  + " values (?, ?, 'fixture', ?, ?)")) {
        s.setObject(1, UUID.randomUUID());
        s.setObject(2, org);
        s.setString(3, sha256(token));
        s.setTimestamp(4, now);
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new ScimTenant(org, slug, token);
  }

  /**
   * A SCIM-managed, active user written straight to the database (default role, no mapping), with
   * the given IdP role values; returns its id.
   */
  public static UUID scimUser(String organizationId, String userName, String... idpRoles) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = connect()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into app_user (id, organization_id, user_name, user_name_key, email, email_key,"
                  + " active, status, role, role_reason, scim_managed, created_at, last_modified_at,"
                  + " version) values (?, ?, ?, ?, ?, ?, true, 'ACTIVE', 'VIEWER', 'DEFAULT', true, ?, ?, 1)")) {
        s.setObject(1, id);
        s.setObject(2, UUID.fromString(organizationId));
        s.setString(3, userName);
        s.setString(4, userName.toLowerCase());
        s.setString(5, userName.toLowerCase());
        s.setString(6, userName.toLowerCase());
        s.setTimestamp(7, now);
        s.setTimestamp(8, now);
        s.executeUpdate();
      }
      for (int i = 0; i < idpRoles.length; i++) {
        try (PreparedStatement s =
            c.prepareStatement(
                "insert into user_idp_role (user_id, organization_id, ordinal, value_key) values (?, ?, ?, ?)")) {
          s.setObject(1, id);
          s.setObject(2, UUID.fromString(organizationId));
          s.setInt(3, i);
          s.setString(4, idpRoles[i].strip().toLowerCase());
          s.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  /**
   * {@code count} SCIM-managed users named {@code prefix0..}, all members of {@code groupId} (when
   * not null), written in one batch; for tests that need large groups quickly.
   */
  public static void scimMembers(String organizationId, String groupId, String prefix, int count) {
    Timestamp now = Timestamp.from(Instant.now());
    UUID org = UUID.fromString(organizationId);
    try (Connection c = connect();
        PreparedStatement user =
            c.prepareStatement(
                "insert into app_user (id, organization_id, user_name, user_name_key, active,"
                    + " status, role, role_reason, scim_managed, created_at, last_modified_at,"
                    + " version) values (?, ?, ?, ?, true, 'ACTIVE', 'VIEWER', 'DEFAULT', true, ?,"
                    + " ?, 1)");
        PreparedStatement member =
            c.prepareStatement(
                "insert into group_member (group_id, member_id, organization_id) values (?, ?, ?)")) {
      for (int i = 0; i < count; i++) {
        UUID id = UUID.randomUUID();
        user.setObject(1, id);
        user.setObject(2, org);
        user.setString(3, prefix + i);
        user.setString(4, (prefix + i).toLowerCase());
        user.setTimestamp(5, now);
        user.setTimestamp(6, now);
        user.addBatch();
        if (groupId != null) {
          member.setObject(1, UUID.fromString(groupId));
          member.setObject(2, id);
          member.setObject(3, org);
          member.addBatch();
        }
      }
      user.executeBatch();
      if (groupId != null) {
        member.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A local (not SCIM-managed) user of the organization with the given role and the same password
   * as {@code passwordOf}; returns its id.
   */
  public static UUID localUser(
      String organizationId, String email, String role, String passwordOf) {
    UUID id = scimUser(organizationId, email);
    try (Connection c = connect();
        PreparedStatement s =
            c.prepareStatement(
                "update app_user set role = ?, scim_managed = false, password_hash ="
                    + " (select password_hash from app_user where email_key = ? and organization_id = ?)"
                    + " where id = ?")) {
      s.setString(1, role);
      s.setString(2, passwordOf.toLowerCase());
      s.setObject(3, UUID.fromString(organizationId));
      s.setObject(4, id);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  /** A single value from the test database. */
  public static Object queryOne(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (var rs = s.executeQuery()) {
        return rs.next() ? rs.getObject(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A connection to the database the server under test uses. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("roster.it.db.url"),
        System.getProperty("roster.it.db.user"),
        System.getProperty("roster.it.db.password"));
  }

  static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
