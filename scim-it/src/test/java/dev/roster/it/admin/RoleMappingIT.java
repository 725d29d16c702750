package dev.roster.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Fixtures;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import dev.roster.it.TestOidcProvider;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Mappings re-role users at once, case-insensitively, highest rank winning; defaults apply. */
class RoleMappingIT extends RosterDeployment {
  static final TestOidcProvider OIDC = new TestOidcProvider();

  @AfterAll
  static void stopProvider() {
    OIDC.close();
  }

  @Test
  void aMappingReRolesMatchingUsersAndExplainsWhy() {
    AdminClient admin = AdminClient.newOrganization();
    admin.enableScim(OIDC);
    UUID editor = Fixtures.scimUser(admin.organizationId, "e@x.example", " Engineering ");
    UUID both = Fixtures.scimUser(admin.organizationId, "b@x.example", "engineering", "IT-ADMINS");
    UUID none = Fixtures.scimUser(admin.organizationId, "n@x.example", "sales");

    Http.Response created =
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"ENGINEERING\",\"role\":\"Editor\"}");
    assertThat(created.status()).isEqualTo(201);
    admin.post(
        "/provisioning/role-mappings",
        "{\"source\":\"ROLE\",\"idpValue\":\"it-admins\",\"role\":\"admin\"}");

    JsonObject e = admin.get("/users/" + editor).json();
    assertThat(e.getString("role")).isEqualTo("Editor");
    assertThat(e.getJsonObject("roleExplanation").getString("reason")).isEqualTo("MAPPING");
    assertThat(e.getJsonObject("roleExplanation").getJsonObject("mapping").getString("idpValue"))
        .isEqualTo("ENGINEERING");
    assertThat(admin.get("/users/" + both).json().getString("role")).isEqualTo("Admin");
    JsonObject n = admin.get("/users/" + none).json();
    assertThat(n.getString("role")).isEqualTo("Viewer");
    assertThat(n.getJsonObject("roleExplanation").getString("reason")).isEqualTo("DEFAULT");

    String adminMapping =
        admin.get("/provisioning/role-mappings").array().getJsonObject(1).getString("id");
    assertThat(admin.delete("/provisioning/role-mappings/" + adminMapping).status()).isEqualTo(204);
    assertThat(admin.get("/users/" + both).json().getString("role")).isEqualTo("Editor");
  }

  @Test
  void activatingAMappedPendingUserKeepsTheMappingThatDecidedTheRole() {
    AdminClient admin = AdminClient.newOrganization();
    String token = admin.enableScim(OIDC);
    AdminClient.ok(
        admin.put(
            "/provisioning",
            "{\"identityProvider\":\"OKTA\",\"defaultRole\":\"Viewer\","
                + "\"autoActivateUsers\":false}"));
    Http.Response mapping =
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"Engineering\",\"role\":\"Editor\"}");
    assertThat(mapping.status()).isEqualTo(201);
    String mappingId = mapping.json().getString("id");
    Http.Response created =
        Http.postJson(
            "/scim/v2/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"pending@x.example\",\"roles\":[{\"value\":\" ENGINEERING\"}]}",
            "Authorization",
            "Bearer " + token);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(admin.get("/users/" + id).json().getString("status")).isEqualTo("PENDING");

    JsonObject activated = AdminClient.ok(admin.post("/users/" + id + "/activate", null)).json();
    assertThat(activated.getString("status")).isEqualTo("ACTIVE");
    for (JsonObject user : List.of(activated, admin.get("/users/" + id).json())) {
      JsonObject why = user.getJsonObject("roleExplanation");
      assertThat(why.getString("role")).isEqualTo("Editor");
      assertThat(why.getString("reason")).isEqualTo("MAPPING");
      assertThat(why.getJsonObject("mapping").getString("id")).isEqualTo(mappingId);
      assertThat(why.getJsonObject("mapping").getString("idpValue")).isEqualTo("Engineering");
    }
    assertThat(
            Fixtures.queryOne(
                "select role_mapping_id from app_user where id = ?", UUID.fromString(id)))
        .hasToString(mappingId);
  }

  @Test
  void defaultRoleChangeReRolesUnmappedUsers() {
    AdminClient admin = AdminClient.newOrganization();
    admin.enableScim(OIDC);
    UUID user = Fixtures.scimUser(admin.organizationId, "d@x.example");
    AdminClient.ok(
        admin.put("/provisioning", "{\"identityProvider\":\"OKTA\",\"defaultRole\":\"Editor\"}"));
    assertThat(admin.get("/users/" + user).json().getString("role")).isEqualTo("Editor");
  }

  @Test
  void sameValueInAnotherCaseIsAConflict() {
    AdminClient admin = AdminClient.newOrganization();
    admin.post(
        "/provisioning/role-mappings",
        "{\"source\":\"GROUP\",\"idpValue\":\"Finance\",\"role\":\"Viewer\"}");
    Http.Response dup =
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"GROUP\",\"idpValue\":\"FINANCE \",\"role\":\"Editor\"}");
    assertThat(dup.status()).isEqualTo(409);
    Http.Response otherSource =
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"finance\",\"role\":\"Editor\"}");
    assertThat(otherSource.status()).isEqualTo(201);
    Http.Response badRole =
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"x\",\"role\":\"Owner\"}");
    assertThat(badRole.status()).isEqualTo(400);
  }
}
