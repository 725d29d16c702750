package dev.roster.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * An organization with SCIM enabled and a SCIM token. Made through the platform API when the server
 * has it (which also gives an admin for the admin API), else straight in the database; either way
 * SCIM is switched on and the token written in SQL, as the test fixtures do.
 */
final class Tenant {
  static final String ADMIN_PASSWORD = "bench-admin-password-1";

  final UUID id;
  final String slug;
  final String token;
  final String adminToken;
  final List<UUID> users = new ArrayList<>();

  private Tenant(UUID id, String slug, String token, String adminToken) {
    this.id = id;
    this.slug = slug;
    this.token = token;
    this.adminToken = adminToken;
  }

  String auth() {
    return "Bearer " + token;
  }

  /** A new group through POST /Groups, or null (the reason printed) when the server refuses. */
  UUID createGroup(Scim scim, String name) {
    Scim.Reply r =
        scim.call(
            scim.send(
                "POST",
                "/scim/v2/Groups",
                auth(),
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                    + "\"displayName\":\""
                    + name
                    + "\"}"));
    if (r.status() != 201) {
      System.err.println("  POST /Groups answered " + r);
      return null;
    }
    return UUID.fromString(r.json().getString("id"));
  }

  static Tenant create(Scim scim, Database db, String platformKey, String name) {
    String slug = "bench-" + name + "-" + UUID.randomUUID().toString().substring(0, 6);
    String email = "admin@" + slug + ".example";
    Scim.Reply created =
        scim.call(
            scim.send(
                "POST",
                "/api/platform/v1/organizations",
                "Bearer " + platformKey,
                "{\"slug\":\""
                    + slug
                    + "\",\"name\":\""
                    + slug
                    + "\",\"adminEmail\":\""
                    + email
                    + "\",\"adminPassword\":\""
                    + ADMIN_PASSWORD
                    + "\"}"));
    UUID id;
    String adminToken = null;
    Timestamp now = Timestamp.from(Instant.now());
    if (created.status() == 201) {
      id = UUID.fromString(created.json().getString("id"));
      Scim.Reply signIn =
          scim.call(
              scim.send(
                  "POST",
                  "/api/admin/v1/auth/token",
                  null,
                  "{\"organization\":\""
                      + slug
                      + "\",\"email\":\""
                      + email
                      + "\",\"password\":\""
                      + ADMIN_PASSWORD
                      + "\"}"));
      if (signIn.status() == 200) {
        adminToken = signIn.json().getString("access_token");
      }
      db.execute(
          "update organization set identity_provider = 'OKTA', default_role = 'VIEWER',"
              + " auto_activate_users = true, sync_groups = true, scim_enabled = true where id = ?",
          id);
    } else {
      id = UUID.randomUUID();
      db.execute(
          "insert into organization (id, slug, name, created_at, identity_provider, default_role,"
              + " auto_activate_users, sync_groups, scim_enabled, version)"
              + " values (?, ?, ?, ?, 'OKTA', 'VIEWER', true, true, true, 0)",
          id,
          slug,
          slug,
          now);
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = "rstr_scim_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    db.execute(
        "insert into scim_token (id, organization_id, name, token_hash, created_at)"
            + " values (?, ?, 'bench', ?, ?)",
        UUID.randomUUID(),
        id,
        sha256(token),
        now);
    return new Tenant(id, slug, token, adminToken);
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
