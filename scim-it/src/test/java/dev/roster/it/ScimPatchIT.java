package dev.roster.it;

import static dev.roster.it.ScimClient.patchOps;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PATCH on Users and Groups (RFC 7644 §3.5.2), atomic. */
class ScimPatchIT extends RosterDeployment {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @Test
  void patchesUserAttributesWithPathsFiltersAndPathlessValues() {
    ScimClient scim = ScimClient.newTenant();
    String id =
        scim.createUser(
            "pat",
            "\"name\":{\"givenName\":\"Pat\"},\"emails\":[{\"value\":\"pat@work.example\","
                + "\"type\":\"work\",\"primary\":true}]");

    Http.Response r =
        scim.patch(
            "/Users/" + id,
            patchOps(
                "[{\"op\":\"Replace\",\"path\":\"emails[type eq \\\"work\\\"].value\","
                    + "\"value\":\"pat@new.example\"},"
                    + "{\"op\":\"add\",\"value\":{\"name.familyName\":\"Doe\",\"nickName\":\"P\","
                    + "\""
                    + ENTERPRISE
                    + ":employeeNumber\":\"7\"}},"
                    + "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Chief\"}]"));

    assertThat(r.status()).isEqualTo(200);
    JsonObject user = r.json();
    assertThat(user.getJsonArray("emails").getJsonObject(0).getString("value"))
        .isEqualTo("pat@new.example");
    assertThat(user.getJsonObject("name").getString("familyName")).isEqualTo("Doe");
    assertThat(user.getJsonObject(ENTERPRISE).getString("employeeNumber")).isEqualTo("7");
    assertThat(user.getString("title")).isEqualTo("Chief");
    assertThat(ScimUsersIT.stored(id, "email")).isEqualTo("pat@new.example");
    assertThat(ScimUsersIT.stored(id, "family_name")).isEqualTo("Doe");
    assertThat(
            scim.get("/Users?filter=emails.value%20eq%20%22pat@new.example%22")
                .json()
                .getInt("totalResults"))
        .isEqualTo(1);
  }

  @Test
  void activeFalseAsStringDeactivatesAndTrueReactivates() {
    ScimClient scim = ScimClient.newTenant();
    String id = scim.createUser("toggle");
    scim.patch("/Users/" + id, patchOps("[{\"op\":\"replace\",\"value\":{\"active\":\"False\"}}]"));
    assertThat(ScimUsersIT.stored(id, "status")).isEqualTo("INACTIVE");
    Http.Response r =
        scim.patch(
            "/Users/" + id,
            patchOps("[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"True\"}]"));
    assertThat(r.json().getBoolean("active")).isTrue();
    assertThat(ScimUsersIT.stored(id, "status")).isEqualTo("ACTIVE");
  }

  @Test
  void managerIsSetAndCleared() {
    ScimClient scim = ScimClient.newTenant();
    String boss = scim.createUser("boss");
    String id = scim.createUser("worker");
    Http.Response set =
        scim.patch(
            "/Users/" + id,
            patchOps(
                "[{\"op\":\"add\",\"path\":\""
                    + ENTERPRISE
                    + ":manager\",\"value\":[{\"$ref\":null,\"value\":\""
                    + boss
                    + "\"}]}]"));
    JsonObject manager = set.json().getJsonObject(ENTERPRISE).getJsonObject("manager");
    assertThat(manager.getString("value")).isEqualTo(boss);
    assertThat(manager.getString("$ref")).endsWith("/Users/" + boss);

    Http.Response cleared =
        scim.patch(
            "/Users/" + id,
            patchOps(
                "[{\"op\":\"replace\",\"path\":\""
                    + ENTERPRISE
                    + ":manager\",\"value\":{\"value\":\"\"}}]"));
    assertThat(cleared.json().containsKey(ENTERPRISE)).isFalse();
  }

  @Test
  void aFailingOperationChangesNothing() {
    ScimClient scim = ScimClient.newTenant();
    String id = scim.createUser("atomic", "\"title\":\"Before\"");
    String etag = scim.get("/Users/" + id).header("ETag");

    Http.Response r =
        scim.patch(
            "/Users/" + id,
            patchOps(
                "[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"After\"},"
                    + "{\"op\":\"replace\",\"path\":\"bogus\",\"value\":\"x\"}]"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().getString("scimType")).isEqualTo("invalidPath");
    Http.Response after = scim.get("/Users/" + id);
    assertThat(after.json().getString("title")).isEqualTo("Before");
    assertThat(after.header("ETag")).isEqualTo(etag);
  }

  @Test
  void aValueOfTheWrongTypeIsInvalidAndChangesNothing() {
    ScimClient scim = ScimClient.newTenant();
    String id =
        scim.createUser("typed", "\"userType\":\"developer\",\"name\":{\"givenName\":\"Ty\"}");
    Http.Response before = scim.get("/Users/" + id);

    for (String op :
        List.of(
            // SCIMono's testReplaceValueWithIllegalValue400: a boolean for a string attribute
            "{\"op\":\"replace\",\"path\":\"userType\",\"value\":true}",
            "{\"op\":\"replace\",\"value\":{\"name.givenName\":false}}",
            "{\"op\":\"replace\",\"path\":\"name\",\"value\":\"Ty\"}",
            "{\"op\":\"replace\",\"path\":\"active\",\"value\":\"yes\"}")) {
      Http.Response r = scim.patch("/Users/" + id, patchOps("[" + op + "]"));
      assertThat(r.status()).as(op).isEqualTo(400);
      assertThat(r.json().getString("scimType")).as(op).isEqualTo("invalidValue");
    }

    Http.Response after = scim.get("/Users/" + id);
    assertThat(after.json()).isEqualTo(before.json());
    assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
  }

  @Test
  void groupMembersAreAddedAndRemovedWith204() {
    ScimClient scim = ScimClient.newTenant();
    String a = scim.createUser("a");
    String b = scim.createUser("b");
    String c = scim.createUser("c");
    String g = scim.createGroup("Team", a);

    Http.Response add =
        scim.patch(
            "/Groups/" + g,
            patchOps(
                "[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\""
                    + b
                    + "\"},{\"value\":\""
                    + c
                    + "\"},{\"value\":\""
                    + a
                    + "\"}]}]"));
    assertThat(add.status()).isEqualTo(204);
    assertThat(add.header("ETag")).isNotNull();
    assertThat(scim.get("/Groups/" + g).json().getJsonArray("members")).hasSize(3);

    scim.patch(
        "/Groups/" + g,
        patchOps("[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + a + "\\\"]\"}]"));
    scim.patch(
        "/Groups/" + g,
        patchOps(
            "[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"" + b + "\"}]}]"));
    JsonObject group = scim.get("/Groups/" + g).json();
    assertThat(group.getJsonArray("members")).hasSize(1);
    assertThat(group.getJsonArray("members").getJsonObject(0).getString("value")).isEqualTo(c);

    scim.patch(
        "/Groups/" + g,
        patchOps(
            "[{\"op\":\"replace\",\"value\":{\"displayName\":\"Team 2\"}},"
                + "{\"op\":\"remove\",\"path\":\"members\"}]"));
    group = scim.get("/Groups/" + g).json();
    assertThat(group.getString("displayName")).isEqualTo("Team 2");
    assertThat(group.containsKey("members")).isFalse();
  }

  @Test
  void groupPatchAddingAnUnknownMemberAddsTheKnownOnes() {
    ScimClient scim = ScimClient.newTenant();
    String u = scim.createUser("u");
    String deleted = scim.createUser("gone");
    assertThat(scim.delete("/Users/" + deleted).status()).isEqualTo(204);
    String g = scim.createGroup("Main");

    Http.Response r =
        scim.patch(
            "/Groups/" + g,
            patchOps(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                    + deleted
                    + "\"},{\"value\":\""
                    + u
                    + "\"}]}]"));

    assertThat(r.status()).isEqualTo(204);
    JsonObject group = scim.get("/Groups/" + g).json();
    assertThat(group.getJsonArray("members")).hasSize(1);
    assertThat(group.getJsonArray("members").getJsonObject(0).getString("value")).isEqualTo(u);
  }

  @Test
  void groupPatchAddingANestedGroupIsRefusedAndChangesNothing() {
    ScimClient scim = ScimClient.newTenant();
    String u = scim.createUser("u");
    String other = scim.createGroup("Other");
    String g = scim.createGroup("Main");
    Http.Response r =
        scim.patch(
            "/Groups/" + g,
            patchOps(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                    + u
                    + "\"},{\"value\":\""
                    + other
                    + "\"}]}]"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().getString("detail")).contains("nested groups are not supported");
    assertThat(scim.get("/Groups/" + g).json().containsKey("members")).isFalse();
  }
}
