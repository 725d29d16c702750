package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /Users: create, read, replace, delete, lifecycle and tenant isolation. */
class ScimUsersIT extends RosterDeployment {
  private static final String FULL_USER =
      """
      {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
       "userName":"bjensen@example.com","externalId":"ext-1",
       "name":{"formatted":"Ms. Barbara J Jensen III","familyName":"Jensen","givenName":"Barbara",
               "middleName":"Jane","honorificPrefix":"Ms.","honorificSuffix":"III"},
       "displayName":"Babs Jensen","nickName":"Babs","profileUrl":"https://login.example.com/bjensen",
       "title":"Tour Guide","userType":"Employee","preferredLanguage":"en-US","locale":"en-US",
       "timezone":"America/Los_Angeles","active":true,"password":"t1meMa$heen",
       "emails":[{"value":"bjensen@example.com","type":"work","primary":true},
                 {"value":"babs@jensen.org","type":"home"}],
       "phoneNumbers":[{"value":"555-555-5555","type":"work"}],
       "ims":[{"value":"someaimhandle","type":"aim"}],
       "photos":[{"value":"https://photos.example.com/profilephoto.jpg","type":"photo"}],
       "addresses":[{"streetAddress":"100 Universal City Plaza","locality":"Hollywood",
                     "region":"CA","postalCode":"91608","country":"USA","type":"work","primary":true}],
       "entitlements":[{"value":"reports"}],"roles":[{"value":"Staff","primary":true}],
       "x509Certificates":[{"value":"MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAw"}],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{
         "employeeNumber":"701984","costCenter":"4130","organization":"Universal Studios",
         "division":"Theme Park","department":"Tour Operations",
         "manager":{"value":"26118915-6090-4610-87e4-49d8ca9f808d","displayName":"John Smith"}}}
      """;

  @Test
  void createsAUserWithEveryCoreAndEnterpriseAttribute() {
    ScimClient scim = ScimClient.newTenant();
    Http.Response r = scim.post("/Users", FULL_USER);

    assertThat(r.status()).isEqualTo(201);
    JsonObject user = r.json();
    String id = user.getString("id");
    assertThat(UUID.fromString(id)).isNotNull();
    assertThat(r.header("Location")).endsWith("/scim/v2/Users/" + id);
    assertThat(r.header("ETag")).startsWith("W/\"");
    assertThat(r.header("Content-Type")).startsWith("application/scim+json");
    assertThat(user.getJsonObject("meta").getString("resourceType")).isEqualTo("User");
    assertThat(user.getJsonObject("meta").getString("location")).endsWith("/scim/v2/Users/" + id);
    assertThat(user.getJsonObject("meta").getString("version")).isEqualTo(r.header("ETag"));
    assertThat(user.getJsonObject("name").getString("middleName")).isEqualTo("Jane");
    assertThat(user.getString("timezone")).isEqualTo("America/Los_Angeles");
    assertThat(user.getJsonArray("emails")).hasSize(2);
    assertThat(user.getJsonArray("x509Certificates")).hasSize(1);
    assertThat(user.containsKey("password")).isFalse();
    JsonObject enterprise =
        user.getJsonObject("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertThat(enterprise.getString("employeeNumber")).isEqualTo("701984");
    assertThat(enterprise.getJsonObject("manager").getString("$ref"))
        .endsWith("/Users/26118915-6090-4610-87e4-49d8ca9f808d");

    Http.Response read = scim.get("/Users/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("userName")).isEqualTo("bjensen@example.com");
    assertThat(read.body()).doesNotContain("t1meMa$heen").doesNotContain("password");
    assertThat(stored(id, "password_hash")).startsWith("pbkdf2-sha256$");
    assertThat(stored(id, "email")).isEqualTo("bjensen@example.com");
    assertThat(stored(id, "status")).isEqualTo("ACTIVE");
    assertThat(stored(id, "scim_managed")).isIn("t", "true");
    assertThat(stored(id, "role")).isEqualTo("VIEWER");
  }

  @Test
  void userNameIsUniqueIgnoringCase() {
    ScimClient scim = ScimClient.newTenant();
    scim.createUser("Alice@Example.com");

    Http.Response r = scim.post("/Users", "{\"userName\":\"alice@example.COM\"}");

    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().getString("scimType")).isEqualTo("uniqueness");
    assertThat(r.json().getString("status")).isEqualTo("409");
  }

  @Test
  void sameUserNameInAnotherOrganizationIsFineAndInvisible() {
    ScimClient a = ScimClient.newTenant();
    ScimClient b = ScimClient.newTenant();
    String id = a.createUser("shared@example.com");
    b.createUser("shared@example.com");

    assertThat(b.get("/Users/" + id).status()).isEqualTo(404);
    assertThat(b.put("/Users/" + id, "{\"userName\":\"x\"}").status()).isEqualTo(404);
    assertThat(b.delete("/Users/" + id).status()).isEqualTo(404);
    assertThat(b.get("/Users").json().getInt("totalResults")).isEqualTo(1);
    assertThat(a.get("/Users/" + id).status()).isEqualTo(200);
  }

  @Test
  void putReplacesAndDeactivatesThenReactivates() {
    ScimClient scim = ScimClient.newTenant();
    String id = scim.createUser("carol", "\"displayName\":\"Carol\",\"title\":\"Boss\"");

    Http.Response r =
        scim.put("/Users/" + id, "{\"userName\":\"carol\",\"active\":false,\"nickName\":\"C\"}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().getBoolean("active")).isFalse();
    assertThat(r.json().containsKey("title")).isFalse();
    assertThat(r.json().getString("nickName")).isEqualTo("C");
    assertThat(stored(id, "status")).isEqualTo("INACTIVE");

    scim.put("/Users/" + id, "{\"userName\":\"carol\",\"active\":true}");
    assertThat(stored(id, "status")).isEqualTo("ACTIVE");
  }

  @Test
  void deleteRemovesTheUser() {
    ScimClient scim = ScimClient.newTenant();
    String id = scim.createUser("dave");

    assertThat(scim.delete("/Users/" + id).status()).isEqualTo(204);
    assertThat(scim.get("/Users/" + id).status()).isEqualTo(404);
    assertThat(scim.delete("/Users/" + id).status()).isEqualTo(404);
  }

  @Test
  void etagsGuardWritesAndSaveReads() {
    ScimClient scim = ScimClient.newTenant();
    String id = scim.createUser("erin");
    String etag = scim.get("/Users/" + id).header("ETag");

    assertThat(scim.get("/Users/" + id, "If-None-Match", etag).status()).isEqualTo(304);
    Http.Response stale =
        scim.put("/Users/" + id, "{\"userName\":\"erin\"}", "If-Match", "W/\"999\"");
    assertThat(stale.status()).isEqualTo(412);
    Http.Response ok = scim.put("/Users/" + id, "{\"userName\":\"erin2\"}", "If-Match", etag);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.header("ETag")).isNotEqualTo(etag);
    assertThat(scim.delete("/Users/" + id, "If-Match", etag).status()).isEqualTo(412);
  }

  @Test
  void roleComesFromRoleMappingsAndAuditRecordsWrites() throws Exception {
    ScimClient scim = ScimClient.newTenant();
    try (Connection c = Fixtures.connect();
        PreparedStatement s =
            c.prepareStatement(
                "insert into role_mapping (id, organization_id, source, idp_value, idp_value_key,"
                    + " role, created_at) values (?, ?, 'ROLE', 'Editors', 'editors', 'EDITOR',"
                    + " current_timestamp)")) {
      s.setObject(1, UUID.randomUUID());
      s.setObject(2, scim.tenant.organizationId());
      s.executeUpdate();
    }
    String id = scim.createUser("frank", "\"roles\":[{\"value\":\"editors\",\"primary\":true}]");

    assertThat(stored(id, "role")).isEqualTo("EDITOR");
    assertThat(stored(id, "role_reason")).isEqualTo("MAPPING");
    try (Connection c = Fixtures.connect();
        PreparedStatement s =
            c.prepareStatement(
                "select action, actor, detail from audit_event where target_id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString("action")).isEqualTo("SCIM_USER_CREATED");
        assertThat(rs.getString("actor")).isEqualTo("token:fixture");
      }
    }
  }

  @Test
  void pendingWhenAutoActivateIsOff() throws Exception {
    ScimClient scim = ScimClient.newTenant();
    try (Connection c = Fixtures.connect();
        PreparedStatement s =
            c.prepareStatement(
                "update organization set auto_activate_users = false where id = ?")) {
      s.setObject(1, scim.tenant.organizationId());
      s.executeUpdate();
    }
    String id = scim.createUser("gina");
    assertThat(stored(id, "status")).isEqualTo("PENDING");
  }

  static String stored(String userId, String column) {
    try (Connection c = Fixtures.connect();
        PreparedStatement s =
            c.prepareStatement("select " + column + " from app_user where id = ?")) {
      s.setObject(1, UUID.fromString(userId));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
