package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * /Groups: CRUD, members as rows, uniqueness, nested groups refused, unknown members skipped, group
 * sync switch.
 */
class ScimGroupsIT extends RosterDeployment {

  @Test
  void createsReadsAndListsAGroupWithMembers() {
    ScimClient scim = ScimClient.newTenant();
    String alice = scim.createUser("alice");
    String bob = scim.createUser("bob", "\"displayName\":\"Bob B\"");

    Http.Response r =
        scim.post(
            "/Groups",
            "{\"displayName\":\"Engineering\",\"externalId\":\"eng\",\"members\":[{\"value\":\""
                + alice
                + "\"},{\"value\":\""
                + bob
                + "\"}]}");

    assertThat(r.status()).isEqualTo(201);
    String id = r.json().getString("id");
    assertThat(r.header("Location")).endsWith("/scim/v2/Groups/" + id);
    JsonObject group = scim.get("/Groups/" + id).json();
    assertThat(group.getString("displayName")).isEqualTo("Engineering");
    assertThat(group.getString("externalId")).isEqualTo("eng");
    assertThat(group.getJsonArray("members")).hasSize(2);
    assertThat(group.getJsonObject("meta").getString("resourceType")).isEqualTo("Group");

    JsonObject user = scim.get("/Users/" + bob).json();
    assertThat(user.getJsonArray("groups").getJsonObject(0).getString("value")).isEqualTo(id);
    assertThat(user.getJsonArray("groups").getJsonObject(0).getString("display"))
        .isEqualTo("Engineering");

    JsonObject withoutMembers = scim.get("/Groups/" + id + "?excludedAttributes=members").json();
    assertThat(withoutMembers.containsKey("members")).isFalse();
    JsonObject list = scim.get("/Groups?excludedAttributes=members").json();
    assertThat(list.getInt("totalResults")).isEqualTo(1);
    assertThat(list.getJsonArray("Resources").getJsonObject(0).containsKey("members")).isFalse();
  }

  @Test
  void displayNameIsUniqueIgnoringCase() {
    ScimClient scim = ScimClient.newTenant();
    scim.createGroup("Sales");
    Http.Response r = scim.post("/Groups", "{\"displayName\":\"SALES\"}");
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().getString("scimType")).isEqualTo("uniqueness");
  }

  @Test
  void nestedGroupsAndMalformedMemberIdsAreRefusedWithAClearMessage() {
    ScimClient scim = ScimClient.newTenant();
    String inner = scim.createGroup("Inner");

    Http.Response nested =
        scim.post(
            "/Groups", "{\"displayName\":\"Outer\",\"members\":[{\"value\":\"" + inner + "\"}]}");
    assertThat(nested.status()).isEqualTo(400);
    assertThat(nested.json().getString("scimType")).isEqualTo("invalidValue");
    assertThat(nested.json().getString("detail")).contains("nested groups are not supported");

    Http.Response malformed =
        scim.post("/Groups", "{\"displayName\":\"Outer\",\"members\":[{\"value\":\"bob\"}]}");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().getString("scimType")).isEqualTo("invalidValue");

    assertThat(scim.get("/Groups").json().getInt("totalResults")).isEqualTo(1);
  }

  @Test
  void unknownMemberIdsAreSkipped() {
    // IdPs send the members they know of, which may include users deleted here meanwhile.
    ScimClient scim = ScimClient.newTenant();
    String alice = scim.createUser("alice");
    String gone = scim.createUser("gone");
    assertThat(scim.delete("/Users/" + gone).status()).isEqualTo(204);

    Http.Response r =
        scim.post(
            "/Groups",
            "{\"displayName\":\"Outer\",\"members\":[{\"value\":\""
                + UUID.randomUUID()
                + "\"},{\"value\":\""
                + gone
                + "\"},{\"value\":\""
                + alice
                + "\"}]}");

    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().getJsonArray("members")).hasSize(1);
    assertThat(r.json().getJsonArray("members").getJsonObject(0).getString("value"))
        .isEqualTo(alice);
    String id = r.json().getString("id");
    Http.Response put =
        scim.put(
            "/Groups/" + id,
            "{\"displayName\":\"Outer\",\"members\":[{\"value\":\"" + gone + "\"}]}");
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.json().containsKey("members")).isFalse();
  }

  @Test
  void membersOfAnotherOrganizationAreUnknown() {
    ScimClient a = ScimClient.newTenant();
    ScimClient b = ScimClient.newTenant();
    String foreignUser = a.createUser("x");
    String foreignGroup = a.createGroup("G");

    assertThat(b.get("/Groups/" + foreignGroup).status()).isEqualTo(404);
    Http.Response r =
        b.post(
            "/Groups", "{\"displayName\":\"G\",\"members\":[{\"value\":\"" + foreignUser + "\"}]}");
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().containsKey("members")).isFalse();
    assertThat(a.get("/Users/" + foreignUser).json().containsKey("groups")).isFalse();

    Http.Response nested =
        b.post(
            "/Groups",
            "{\"displayName\":\"H\",\"members\":[{\"value\":\"" + foreignGroup + "\"}]}");
    assertThat(nested.status()).isEqualTo(201);
    assertThat(nested.json().containsKey("members")).isFalse();
  }

  @Test
  void putReplacesMembersAndDeleteRemovesTheGroup() {
    ScimClient scim = ScimClient.newTenant();
    String u1 = scim.createUser("u1");
    String u2 = scim.createUser("u2");
    String id = scim.createGroup("Ops", u1);

    Http.Response r =
        scim.put(
            "/Groups/" + id,
            "{\"displayName\":\"Operations\",\"members\":[{\"value\":\"" + u2 + "\"}]}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().getString("displayName")).isEqualTo("Operations");
    assertThat(r.json().getJsonArray("members")).hasSize(1);
    assertThat(r.json().getJsonArray("members").getJsonObject(0).getString("value")).isEqualTo(u2);

    assertThat(scim.delete("/Groups/" + id).status()).isEqualTo(204);
    assertThat(scim.get("/Groups/" + id).status()).isEqualTo(404);
    assertThat(scim.get("/Users/" + u2).json().containsKey("groups")).isFalse();
  }

  @Test
  void groupRoleMappingAppliesToMembers() throws Exception {
    ScimClient scim = ScimClient.newTenant();
    try (Connection c = Fixtures.connect();
        PreparedStatement s =
            c.prepareStatement(
                "insert into role_mapping (id, organization_id, source, idp_value, idp_value_key,"
                    + " role, created_at) values (?, ?, 'GROUP', 'Admins', 'admins', 'ADMIN',"
                    + " current_timestamp)")) {
      s.setObject(1, UUID.randomUUID());
      s.setObject(2, scim.tenant.organizationId());
      s.executeUpdate();
    }
    String u = scim.createUser("root");
    // A second Admin stays: the organization may not lose its last active one (LastActiveAdminIT).
    String keeper = scim.createUser("keeper");
    String g = scim.createGroup("admins", u, keeper);
    assertThat(ScimUsersIT.stored(u, "role")).isEqualTo("ADMIN");

    scim.patch(
        "/Groups/" + g,
        ScimClient.patchOps(
            "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + u + "\\\"]\"}]"));
    assertThat(ScimUsersIT.stored(u, "role")).isEqualTo("VIEWER");
    assertThat(ScimUsersIT.stored(keeper, "role")).isEqualTo("ADMIN");
  }

  @Test
  void groupsAnswer403WhenGroupSyncIsOff() throws Exception {
    ScimClient scim = ScimClient.newTenant();
    String group = scim.createGroup("synced-before");
    scim.createUser("still.listed");
    try (Connection c = Fixtures.connect();
        PreparedStatement s =
            c.prepareStatement("update organization set sync_groups = false where id = ?")) {
      s.setObject(1, scim.tenant.organizationId());
      s.executeUpdate();
    }
    Http.Response r = scim.get("/Groups");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().getString("detail")).contains("Group sync is turned off");
    assertThat(scim.post("/Groups", "{\"displayName\":\"x\"}").status()).isEqualTo(403);
    assertThat(scim.get("/Groups/" + group).status()).isEqualTo(403);
    // The root search spans types: with group sync off it lists the users only.
    Http.Response all =
        scim.post(
            "/.search", "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"]}");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().getInt("totalResults")).isEqualTo(1);
  }
}
