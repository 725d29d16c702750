package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The product rules as an IdP and an admin see them together: lifecycle, roles, disable modes. */
class ProvisioningLifecycleIT extends RosterDeployment {
  static final TestOidcProvider OIDC = new TestOidcProvider();

  @AfterAll
  static void stopProvider() {
    OIDC.close();
  }

  private static ScimClient scimFor(AdminClient admin, String token) {
    return new ScimClient(
        new Fixtures.ScimTenant(UUID.fromString(admin.organizationId), admin.slug, token));
  }

  @Test
  void deactivateAndReactivateFollowTheIdp() {
    AdminClient admin = AdminClient.newOrganization();
    ScimClient scim = scimFor(admin, admin.enableScim(OIDC));
    String id = scim.createUser("ada@x.example");
    JsonObject created = admin.get("/users/" + id).json();
    assertThat(created.getString("status")).isEqualTo("ACTIVE");
    assertThat(created.getBoolean("scimManaged")).isTrue();
    assertThat(created.getString("role")).isEqualTo("Viewer");

    String off =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}";
    assertThat(scim.patch("/Users/" + id, off).status()).isEqualTo(200);
    assertThat(admin.get("/users/" + id).json().getString("status")).isEqualTo("INACTIVE");
    assertThat(scim.get("/Users/" + id).json().getBoolean("active")).isFalse();
    assertThat(scim.get("/Users?filter=active%20eq%20false").json().getInt("totalResults"))
        .isEqualTo(1);

    String on = off.replace("\"False\"", "true");
    assertThat(scim.patch("/Users/" + id, on).status()).isEqualTo(200);
    assertThat(admin.get("/users/" + id).json().getString("status")).isEqualTo("ACTIVE");
  }

  @Test
  void withoutAutoActivateUsersWaitForAnAdmin() {
    AdminClient admin = AdminClient.newOrganization();
    ScimClient scim = scimFor(admin, admin.enableScim(OIDC));
    AdminClient.ok(
        admin.put(
            "/provisioning",
            "{\"identityProvider\":\"OKTA\",\"defaultRole\":\"Viewer\",\"autoActivateUsers\":false}"));
    String id = scim.createUser("pending@x.example");
    assertThat(admin.get("/users/" + id).json().getString("status")).isEqualTo("PENDING");
    assertThat(scim.get("/Users/" + id).json().getBoolean("active")).isTrue();
    assertThat(admin.post("/users/" + id + "/activate", null).json().getString("status"))
        .isEqualTo("ACTIVE");
  }

  @Test
  void roleValuesAndGroupsMapToRolesAndGroupMappingsStopWithoutGroupSync() {
    AdminClient admin = AdminClient.newOrganization();
    ScimClient scim = scimFor(admin, admin.enableScim(OIDC));
    admin.post(
        "/provisioning/role-mappings",
        "{\"source\":\"ROLE\",\"idpValue\":\"engineering\",\"role\":\"Editor\"}");
    admin.post(
        "/provisioning/role-mappings",
        "{\"source\":\"GROUP\",\"idpValue\":\"Roster Admins\",\"role\":\"Admin\"}");

    String id =
        scim.createUser(
            "eng@x.example", "\"roles\":[{\"value\":\"Engineering \",\"primary\":true}]");
    JsonObject user = admin.get("/users/" + id).json();
    assertThat(user.getString("role")).isEqualTo("Editor");
    assertThat(user.getJsonObject("roleExplanation").getString("reason")).isEqualTo("MAPPING");

    String group = scim.createGroup("roster admins");
    String add =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
            + id
            + "\"}]}]}";
    assertThat(scim.patch("/Groups/" + group, add).status()).isBetween(200, 204);
    JsonObject promoted = admin.get("/users/" + id).json();
    assertThat(promoted.getString("role")).isEqualTo("Admin");
    assertThat(promoted.getJsonObject("roleExplanation").getJsonArray("groups").toString())
        .contains("roster admins");

    AdminClient.ok(
        admin.put(
            "/provisioning",
            "{\"identityProvider\":\"OKTA\",\"defaultRole\":\"Viewer\",\"syncGroups\":false}"));
    assertThat(admin.get("/users/" + id).json().getString("role")).isEqualTo("Editor");
    Http.Response groups = scim.get("/Groups");
    assertThat(groups.status()).isEqualTo(403);
    assertThat(groups.json().getString("detail")).containsIgnoringCase("group");
    Object kept =
        Fixtures.queryOne("select count(*) from scim_group where id = ?", UUID.fromString(group));
    assertThat(((Number) kept).intValue()).isEqualTo(1);
  }

  @Test
  void deleteRemovesTheUserButKeepsTheirHistory() {
    AdminClient admin = AdminClient.newOrganization();
    ScimClient scim = scimFor(admin, admin.enableScim(OIDC));
    String id = scim.createUser("gone@x.example");
    assertThat(scim.delete("/Users/" + id).status()).isEqualTo(204);
    assertThat(scim.get("/Users/" + id).status()).isEqualTo(404);
    assertThat(admin.get("/users/" + id).status()).isEqualTo(404);
    assertThat(admin.get("/audit-events?userId=" + id).body())
        .contains("SCIM_USER_CREATED", "SCIM_USER_DELETED", "token:okta");
  }

  @Test
  void afterSoftDisableAReEnabledIdpTakesUsersOverAgain() {
    AdminClient admin = AdminClient.newOrganization();
    ScimClient scim = scimFor(admin, admin.enableScim(OIDC));
    String id = scim.createUser("soft@x.example");
    admin.post("/provisioning/disable", "{\"mode\":\"SOFT\"}");
    assertThat(scim.get("/Users/" + id).status()).isEqualTo(401);
    assertThat(admin.get("/users/" + id).json().getBoolean("scimManaged")).isFalse();

    AdminClient.ok(admin.post("/provisioning/enable", null));
    ScimClient again = scimFor(admin, admin.createToken("okta-2").getString("token"));
    String patch =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"displayName\":\"Soft Again\"}}]}";
    assertThat(again.patch("/Users/" + id, patch).status()).isEqualTo(200);
    JsonObject user = admin.get("/users/" + id).json();
    assertThat(user.getBoolean("scimManaged")).isTrue();
    assertThat(user.getString("displayName")).isEqualTo("Soft Again");
  }

  @Test
  void aTokenNeverReachesAnotherOrganization() {
    ScimClient a = ScimClient.newTenant();
    ScimClient b = ScimClient.newTenant();
    String bUser = b.createUser("b@x.example");
    String bGroup = b.createGroup("b-group", bUser);

    assertThat(a.get("/Users/" + bUser).status()).isEqualTo(404);
    assertThat(a.get("/Groups/" + bGroup).status()).isEqualTo(404);
    assertThat(
            a.put(
                    "/Users/" + bUser,
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"x\"}")
                .status())
        .isEqualTo(404);
    String patch =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"pwned\"}]}";
    assertThat(a.patch("/Users/" + bUser, patch).status()).isEqualTo(404);
    assertThat(a.patch("/Groups/" + bGroup, patch).status()).isEqualTo(404);
    assertThat(a.delete("/Users/" + bUser).status()).isEqualTo(404);
    assertThat(a.delete("/Groups/" + bGroup).status()).isEqualTo(404);
    assertThat(
            a.get("/Users?filter=userName%20eq%20%22b@x.example%22").json().getInt("totalResults"))
        .isZero();
    assertThat(a.get("/Groups").json().getInt("totalResults")).isZero();
    String addForeignMember =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
            + bUser
            + "\"}]}]}";
    String aGroup = a.createGroup("a-group");
    // Another organization's user is unknown here: skipped like any id that names no user.
    assertThat(a.patch("/Groups/" + aGroup, addForeignMember).status()).isEqualTo(204);
    assertThat(a.get("/Groups/" + aGroup).json().containsKey("members")).isFalse();
    assertThat(b.get("/Users/" + bUser).json().getJsonArray("groups")).hasSize(1);

    assertThat(b.get("/Users/" + bUser).json().getString("userName")).isEqualTo("b@x.example");
    assertThat(b.get("/Groups/" + bGroup).json().getJsonArray("members")).hasSize(1);
  }
}
