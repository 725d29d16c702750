package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Every client error is an RFC 7644 §3.12 body; nothing changes; dialects are accepted. */
class ScimErrorsIT extends RosterDeployment {

  private static void assertScimError(Http.Response r, int status, String scimType) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/scim+json");
    JsonObject body = r.json();
    assertThat(body.getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(body.getString("status")).isEqualTo(String.valueOf(status));
    if (scimType != null) {
      assertThat(body.getString("scimType")).isEqualTo(scimType);
    }
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void brokenJsonAndWrongTypesAre400() {
    ScimClient scim = ScimClient.newTenant();
    assertScimError(scim.post("/Users", "{\"userName\":"), 400, "invalidSyntax");
    assertScimError(scim.post("/Users", "[1,2]"), 400, "invalidSyntax");
    assertScimError(
        scim.post("/Users", "{\"userName\":\"a\",\"active\":\"maybe\"}"), 400, "invalidValue");
    assertScimError(
        scim.post("/Users", "{\"userName\":\"a\",\"emails\":\"x\"}"), 400, "invalidValue");
    assertScimError(
        scim.post("/Users", "{\"userName\":\"a\",\"userType\":true}"), 400, "invalidValue");
    assertScimError(
        scim.post("/Users", "{\"userName\":\"a\",\"name\":{\"givenName\":false}}"),
        400,
        "invalidValue");
    assertScimError(scim.post("/Users", "{\"displayName\":\"no user name\"}"), 400, "invalidValue");
    assertThat(scim.get("/Users").json().getInt("totalResults")).isZero();
    String id = scim.createUser("ok");
    assertScimError(scim.patch("/Users/" + id, "{\"Operations\":"), 400, "invalidSyntax");
    assertScimError(scim.patch("/Users/" + id, "{\"schemas\":[]}"), 400, "invalidSyntax");
    assertScimError(
        scim.patch("/Users/" + id, ScimClient.patchOps("[{\"op\":\"remove\"}]")), 400, "noTarget");
    assertScimError(
        scim.patch(
            "/Users/" + id,
            ScimClient.patchOps("[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}]")),
        400,
        "mutability");
  }

  @Test
  void unknownIdsEndpointsAndMethodsAreScimErrors() {
    ScimClient scim = ScimClient.newTenant();
    assertScimError(scim.get("/Users/not-a-uuid"), 404, null);
    assertScimError(scim.get("/Users/2819c223-7f76-453a-919d-413861904646"), 404, null);
    assertScimError(scim.get("/Nothing"), 404, null);
    assertScimError(scim.get("/Me"), 501, null);
    assertScimError(scim.get("/Users?startIndex=abc"), 400, "invalidValue");
  }

  @Test
  void dialectsAreAccepted() {
    ScimClient scim = ScimClient.newTenant();
    Http.Response created =
        scim.post(
            "/users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\",\"urn:example:extra\"],"
                + "\"id\":\"client-id\",\"meta\":{\"resourceType\":\"User\"},\"groups\":[],"
                + "\"USERNAME\":\"dialect\",\"Active\":\"true\",\"password\":\"secret-pass-1\","
                + "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\":"
                + "{\"department\":\"R&D\"}}",
            "Content-Type",
            "application/json; charset=utf-8");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(id).isNotEqualTo("client-id");
    assertThat(created.json().getJsonArray("schemas").getString(1))
        .isEqualTo("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");

    Http.Response json = scim.get("/USERS/" + id, "Accept", "application/json");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.header("Content-Type")).startsWith("application/json");
    assertThat(json.body()).doesNotContain("secret-pass-1");
  }

  @Test
  void discoveryIsTruthful() {
    JsonObject spc = Http.get("/scim/v2/ServiceProviderConfig").json();
    assertThat(spc.getJsonObject("filter").getInt("maxResults")).isEqualTo(1000);
    assertThat(spc.getJsonObject("etag").getBoolean("supported")).isTrue();
    assertThat(spc.getJsonObject("bulk").getBoolean("supported")).isTrue();
    assertThat(spc.getJsonObject("bulk").getInt("maxOperations")).isEqualTo(1000);
    JsonObject pagination = spc.getJsonObject("pagination");
    assertThat(pagination.getBoolean("cursor")).isTrue();
    assertThat(pagination.getBoolean("index")).isTrue();
    assertThat(pagination.getString("defaultPaginationMethod")).isEqualTo("index");
    assertThat(pagination.getInt("defaultPageSize")).isEqualTo(100);
    assertThat(pagination.getInt("maxPageSize")).isEqualTo(1000);
    assertThat(pagination.containsKey("cursorTimeout")).isFalse();

    JsonObject types = Http.get("/scim/v2/ResourceTypes").json();
    assertThat(types.getInt("totalResults")).isEqualTo(2);
    JsonObject user = Http.get("/scim/v2/ResourceTypes/User").json();
    assertThat(user.getString("endpoint")).isEqualTo("/Users");

    JsonObject schemas = Http.get("/scim/v2/Schemas").json();
    assertThat(schemas.getInt("totalResults")).isEqualTo(6);
    JsonObject spcSchema =
        Http.get("/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")
            .json();
    assertThat(spcSchema.getJsonArray("attributes").toString())
        .contains("\"name\":\"authenticationSchemes\"")
        .contains("\"mutability\":\"readOnly\"");
    JsonObject paginationSchema =
        spcSchema.getJsonArray("attributes").stream()
            .map(v -> v.asJsonObject())
            .filter(a -> a.getString("name").equals("pagination"))
            .findFirst()
            .orElseThrow();
    assertThat(paginationSchema.getString("type")).isEqualTo("complex");
    assertThat(paginationSchema.getJsonArray("subAttributes").stream().map(v -> v.asJsonObject()))
        .extracting(
            a ->
                a.getString("name")
                    + ":"
                    + a.getString("type")
                    + ":"
                    + a.getBoolean("required")
                    + ":"
                    + a.getString("mutability"))
        .containsExactly(
            "cursor:boolean:true:readOnly",
            "index:boolean:true:readOnly",
            "defaultPaginationMethod:string:false:readOnly",
            "defaultPageSize:integer:false:readOnly",
            "maxPageSize:integer:false:readOnly",
            "cursorTimeout:integer:false:readOnly");
    JsonObject userSchema =
        Http.get("/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User").json();
    JsonObject password =
        userSchema.getJsonArray("attributes").stream()
            .map(v -> v.asJsonObject())
            .filter(a -> a.getString("name").equals("password"))
            .findFirst()
            .orElseThrow();
    assertThat(password.getString("mutability")).isEqualTo("writeOnly");
    assertThat(password.getString("returned")).isEqualTo("never");
  }
}
