package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An organization never loses its last active Admin to the IdP or to a mapping change: such writes
 * are 409 Conflict, audited, and change nothing. The first admin (created with the organization, as
 * the bootstrap one is) is an ordinary user in /Users, found by userName as an IdP would.
 */
class LastActiveAdminIT extends RosterDeployment {
  static final TestOidcProvider OIDC = new TestOidcProvider();
  static final String DEACTIVATE =
      ScimClient.patchOps("[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]");

  @AfterAll
  static void stopProvider() {
    OIDC.close();
  }

  @Test
  void theOnlyAdminCanBeNeitherDeactivatedNorDeletedOverScim() {
    AdminClient admin = AdminClient.newOrganization();
    ScimClient scim = scimFor(admin, admin.enableScim(OIDC));
    String adminId = idOf(scim, admin.email);

    Http.Response off = scim.patch("/Users/" + adminId, DEACTIVATE);
    assertRefused(off, admin);
    Http.Response delete = scim.delete("/Users/" + adminId);
    assertRefused(delete, admin);

    assertThat(AdminClient.signIn(admin.slug, admin.email, AdminClient.PASSWORD)).isNotBlank();
    JsonObject kept = admin.get("/users/" + adminId).json();
    assertThat(kept.getString("status")).isEqualTo("ACTIVE");
    assertThat(kept.getString("role")).isEqualTo("Admin");
    assertThat(kept.getBoolean("scimManaged")).isFalse();
    assertThat(scim.get("/Users/" + adminId).json().getBoolean("active")).isTrue();
    String audit = admin.get("/audit-events?userId=" + adminId).body();
    assertThat(audit)
        .contains("SCIM_USER_PATCHED", "SCIM_USER_DELETED", "FAILURE", "without an active Admin");
  }

  @Test
  void withASecondActiveAdminTheSameWritesSucceed() {
    AdminClient admin = AdminClient.newOrganization();
    ScimClient scim = scimFor(admin, admin.enableScim(OIDC));
    AdminClient.ok(
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"roster-admins\",\"role\":\"Admin\"}"));
    String second =
        scim.createUser("second@x.example", "\"roles\":[{\"value\":\"Roster-Admins\"}]");
    assertThat(admin.get("/users/" + second).json().getString("role")).isEqualTo("Admin");
    String adminId = idOf(scim, admin.email);

    assertThat(scim.patch("/Users/" + adminId, DEACTIVATE).status()).isEqualTo(200);
    assertThat(admin.get("/users/" + adminId).json().getString("status")).isEqualTo("INACTIVE");
    assertThat(scim.delete("/Users/" + adminId).status()).isEqualTo(204);
    assertThat(admin.get("/users/" + adminId).status()).isEqualTo(404);

    // Now the second is the last one, and is kept just the same.
    assertRefused(scim.patch("/Users/" + second, DEACTIVATE), admin);
    assertRefused(
        scim.patch(
            "/Users/" + second, ScimClient.patchOps("[{\"op\":\"remove\",\"path\":\"roles\"}]")),
        admin);
    assertThat(admin.get("/users/" + second).json().getString("role")).isEqualTo("Admin");
  }

  @Test
  void aMappingChangeThatWouldDemoteTheLastActiveAdminIsRefused() {
    AdminClient admin = AdminClient.newOrganization();
    ScimClient scim = scimFor(admin, admin.enableScim(OIDC));
    String mapping =
        AdminClient.ok(
                admin.post(
                    "/provisioning/role-mappings",
                    "{\"source\":\"GROUP\",\"idpValue\":\"Roster Admins\",\"role\":\"Admin\"}"))
            .json()
            .getString("id");
    String second = scim.createUser("second@x.example");
    String group = scim.createGroup("roster admins", second);
    assertThat(admin.get("/users/" + second).json().getString("role")).isEqualTo("Admin");
    assertThat(scim.delete("/Users/" + idOf(scim, admin.email)).status()).isEqualTo(204);

    Http.Response removeMapping = admin.delete("/provisioning/role-mappings/" + mapping);
    assertThat(removeMapping.status()).as(removeMapping.toString()).isEqualTo(409);
    assertThat(removeMapping.body()).contains("without an active Admin");
    Http.Response noGroupSync =
        admin.put(
            "/provisioning",
            "{\"identityProvider\":\"OKTA\",\"defaultRole\":\"Viewer\",\"syncGroups\":false}");
    assertThat(noGroupSync.status()).as(noGroupSync.toString()).isEqualTo(409);
    String leave =
        ScimClient.patchOps(
            "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + second + "\\\"]\"}]");
    assertRefused(scim.patch("/Groups/" + group, leave), admin);
    assertRefused(scim.delete("/Groups/" + group), admin);

    assertThat(admin.get("/provisioning/role-mappings").array()).hasSize(1);
    assertThat(admin.get("/provisioning").json().getBoolean("syncGroups")).isTrue();
    assertThat(admin.get("/users/" + second).json().getString("role")).isEqualTo("Admin");
    assertThat(admin.get("/audit-events").body())
        .contains("ROLE_MAPPING_DELETED", "PROVISIONING_SETTINGS_CHANGED", "SCIM_GROUP_PATCHED");
  }

  @Test
  void aLockDisableThatWouldLockTheLastActiveAdminIsRefused() {
    AdminClient admin = AdminClient.newOrganization();
    ScimClient scim = scimFor(admin, admin.enableScim(OIDC));
    AdminClient.ok(
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"roster-admins\",\"role\":\"Admin\"}"));
    String second =
        scim.createUser("idp-admin@x.example", "\"roles\":[{\"value\":\"roster-admins\"}]");
    assertThat(scim.delete("/Users/" + idOf(scim, admin.email)).status()).isEqualTo(204);

    Http.Response lock = admin.post("/provisioning/disable", "{\"mode\":\"LOCK\"}");
    assertThat(lock.status()).as(lock.toString()).isEqualTo(409);
    assertThat(lock.body()).contains("without an active Admin");
    assertThat(admin.get("/provisioning").json().getBoolean("enabled")).isTrue();
    assertThat(admin.get("/users/" + second).json().getString("status")).isEqualTo("ACTIVE");
    AdminClient.ok(admin.post("/provisioning/disable", "{\"mode\":\"SOFT\"}"));
    assertThat(admin.get("/users/" + second).json().getString("status")).isEqualTo("ACTIVE");
  }

  private static void assertRefused(Http.Response r, AdminClient admin) {
    assertThat(r.status()).as(r.toString()).isEqualTo(409);
    JsonObject error = r.json();
    assertThat(error.containsKey("scimType")).as(r.toString()).isFalse();
    assertThat(error.getString("detail"))
        .isEqualTo(
            "This would leave organization '"
                + admin.slug
                + "' without an active Admin; assign the Admin role to another active user"
                + " first.");
  }

  private static String idOf(ScimClient scim, String userName) {
    JsonObject page =
        scim.get(
                "/Users?filter="
                    + URLEncoder.encode("userName eq \"" + userName + "\"", StandardCharsets.UTF_8))
            .json();
    assertThat(page.getInt("totalResults")).isEqualTo(1);
    return page.getJsonArray("Resources").getJsonObject(0).getString("id");
  }

  private static ScimClient scimFor(AdminClient admin, String token) {
    return new ScimClient(
        new Fixtures.ScimTenant(UUID.fromString(admin.organizationId), admin.slug, token));
  }
}
