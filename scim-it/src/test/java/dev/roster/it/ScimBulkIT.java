package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 7644 §3.7 /Bulk: operations, bulkId references, failOnErrors and the limits. */
class ScimBulkIT extends RosterDeployment {
  private static final String REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

  private static String bulk(String failOnErrors, String... operations) {
    return "{\"schemas\":[\""
        + REQUEST
        + "\"]"
        + (failOnErrors == null ? "" : ",\"failOnErrors\":" + failOnErrors)
        + ",\"Operations\":["
        + String.join(",", operations)
        + "]}";
  }

  private static String postUser(String bulkId, String userName) {
    return "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\""
        + bulkId
        + "\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
        + "\"userName\":\""
        + userName
        + "\"}}";
  }

  private static JsonArray operations(Http.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonObject body = r.json();
    assertThat(body.getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:BulkResponse");
    return body.getJsonArray("Operations");
  }

  /** A location's path below the SCIM base URL (locations use the configured public URL). */
  private static String relative(String location) {
    return location.substring(location.indexOf("/scim/v2") + "/scim/v2".length());
  }

  @Test
  void serviceProviderConfigAdvertisesBulk() {
    JsonObject bulk = Http.get("/scim/v2/ServiceProviderConfig").json().getJsonObject("bulk");
    assertThat(bulk.getBoolean("supported")).isTrue();
    assertThat(bulk.getInt("maxOperations")).isEqualTo(1000);
    assertThat(bulk.getInt("maxPayloadSize")).isEqualTo(1048576);
  }

  @Test
  void createsUsersAndAGroupWhoseMembersReferToThemByBulkId() {
    ScimClient scim = ScimClient.newTenant();
    // The group comes first but refers to users created later in the request.
    String group =
        "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"g1\",\"data\":{\"schemas\":"
            + "[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Bulk team\","
            + "\"members\":[{\"value\":\"bulkId:u1\"},{\"value\":\"bulkId:u2\"}]}}";
    JsonArray ops =
        operations(
            scim.post("/Bulk", bulk(null, group, postUser("u1", "alice"), postUser("u2", "bob"))));

    assertThat(ops).hasSize(3);
    for (JsonValue v : ops) {
      JsonObject op = v.asJsonObject();
      assertThat(op.getString("status")).as(op.toString()).isEqualTo("201");
      assertThat(op.getString("location")).contains("/scim/v2/");
      assertThat(op.getString("version")).startsWith("W/");
    }
    String groupLocation = ops.getJsonObject(0).getString("location");
    String groupId = groupLocation.substring(groupLocation.lastIndexOf('/') + 1);
    JsonObject created = scim.get("/Groups/" + groupId).json();
    assertThat(created.getJsonArray("members")).hasSize(2);
    List<String> names = new ArrayList<>();
    for (JsonValue m : created.getJsonArray("members")) {
      names.add(m.asJsonObject().getString("display"));
    }
    assertThat(names).containsExactlyInAnyOrder("alice", "bob");
  }

  @Test
  void putPatchAndDeleteByPathAndBulkIdReference() {
    ScimClient scim = ScimClient.newTenant();
    String existing = scim.createUser("existing");
    String patchNew =
        "{\"method\":\"PATCH\",\"path\":\"/Users/bulkId:n1\",\"data\":{\"schemas\":"
            + "[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
            + "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Patched\"}]}}";
    String putExisting =
        "{\"method\":\"PUT\",\"path\":\"/Users/"
            + existing
            + "\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
            + "\"userName\":\"existing\",\"displayName\":\"Replaced\"}}";
    String deleteNew = "{\"method\":\"DELETE\",\"path\":\"/Users/bulkId:n2\"}";
    JsonArray ops =
        operations(
            scim.post(
                "/Bulk",
                bulk(
                    null,
                    postUser("n1", "new.one"),
                    patchNew,
                    putExisting,
                    postUser("n2", "new.two"),
                    deleteNew)));

    assertThat(ops.stream().map(v -> v.asJsonObject().getString("status")))
        .containsExactly("201", "200", "200", "201", "204");
    String n1 = ops.getJsonObject(0).getString("location");
    assertThat(scim.get(relative(n1)).json().getString("displayName")).isEqualTo("Patched");
    assertThat(scim.get("/Users/" + existing).json().getString("displayName"))
        .isEqualTo("Replaced");
    String n2 = ops.getJsonObject(3).getString("location");
    assertThat(ops.getJsonObject(4).getString("location")).isEqualTo(n2);
    assertThat(scim.get(relative(n2)).status()).isEqualTo(404);
  }

  @Test
  void failedOperationsReportTheirErrorAndChangeNothingWhileOthersStand() {
    ScimClient scim = ScimClient.newTenant();
    scim.createUser("taken");
    String badPatch =
        "{\"method\":\"PATCH\",\"path\":\"/Users/2819c223-7f76-453a-919d-413861904646\","
            + "\"data\":{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
            + "\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"x\"}]}}";
    String unknownRef = "{\"method\":\"DELETE\",\"path\":\"/Users/bulkId:nowhere\"}";
    String badMethod = "{\"method\":\"GET\",\"path\":\"/Users\",\"bulkId\":\"q\"}";
    JsonArray ops =
        operations(
            scim.post(
                "/Bulk",
                bulk(
                    null,
                    postUser("dup", "taken"),
                    badPatch,
                    unknownRef,
                    badMethod,
                    postUser("ok", "fresh"))));

    assertThat(ops.stream().map(v -> v.asJsonObject().getString("status")))
        .containsExactly("409", "404", "400", "400", "201");
    JsonObject conflict = ops.getJsonObject(0).getJsonObject("response");
    assertThat(conflict.getString("scimType")).isEqualTo("uniqueness");
    assertThat(conflict.getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(ops.getJsonObject(2).getJsonObject("response").getString("scimType"))
        .isEqualTo("invalidValue");
    assertThat(scim.get("/Users").json().getInt("totalResults")).isEqualTo(2);
  }

  @Test
  void circularBulkIdReferencesFailWithoutChangingAnything() {
    ScimClient scim = ScimClient.newTenant();
    String a =
        "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"a\",\"data\":{"
            + "\"displayName\":\"A\",\"members\":[{\"value\":\"bulkId:b\"}]}}";
    String b =
        "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"b\",\"data\":{"
            + "\"displayName\":\"B\",\"members\":[{\"value\":\"bulkId:a\"}]}}";
    JsonArray ops = operations(scim.post("/Bulk", bulk(null, a, b)));
    assertThat(ops.stream().map(v -> v.asJsonObject().getString("status")))
        .containsExactly("400", "400");
    assertThat(ops.getJsonObject(0).getJsonObject("response").getString("scimType"))
        .isEqualTo("invalidValue");
    assertThat(scim.get("/Groups").json().getInt("totalResults")).isZero();
  }

  @Test
  void failOnErrorsStopsProcessing() {
    ScimClient scim = ScimClient.newTenant();
    scim.createUser("taken");
    JsonArray ops =
        operations(
            scim.post(
                "/Bulk",
                bulk("1", postUser("a", "first"), postUser("b", "taken"), postUser("c", "never"))));
    assertThat(ops.stream().map(v -> v.asJsonObject().getString("status")))
        .containsExactly("201", "409");
    assertThat(scim.get("/Users?filter=userName%20eq%20%22never%22").json().getInt("totalResults"))
        .isZero();
  }

  @Test
  void limitsAreEnforcedWith413() {
    ScimClient scim = ScimClient.newTenant();
    String[] many = new String[1001];
    for (int i = 0; i < many.length; i++) {
      many[i] = "{\"method\":\"DELETE\",\"path\":\"/Users/x" + i + "\"}";
    }
    Http.Response tooMany = scim.post("/Bulk", bulk(null, many));
    assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(413);
    assertThat(tooMany.json().getString("scimType")).isEqualTo("tooMany");

    String big = "x".repeat(1024 * 1024);
    Http.Response tooLarge =
        scim.post(
            "/Bulk",
            bulk(
                null,
                postUser("big", "big")
                    .replace("\"big\"}}", "\"big\",\"nickName\":\"" + big + "\"}}")));
    assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
    assertThat(tooLarge.json().getString("scimType")).isEqualTo("tooLarge");
    assertThat(scim.get("/Users").json().getInt("totalResults")).isZero();
  }

  @Test
  void malformedBulkRequestsAre400() {
    ScimClient scim = ScimClient.newTenant();
    Http.Response noOps = scim.post("/Bulk", "{\"schemas\":[\"" + REQUEST + "\"]}");
    assertThat(noOps.status()).isEqualTo(400);
    assertThat(noOps.json().getString("scimType")).isEqualTo("invalidSyntax");
    Http.Response broken = scim.post("/Bulk", "{\"Operations\":[");
    assertThat(broken.status()).isEqualTo(400);
  }
}
