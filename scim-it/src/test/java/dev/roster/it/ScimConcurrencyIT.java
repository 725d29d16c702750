package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Races an IdP can cause by sending requests in parallel: they end as 2xx or as a 409 uniqueness,
 * never as a 500, and no change is lost.
 */
class ScimConcurrencyIT extends RosterDeployment {

  @Test
  void concurrentMemberAddsOnOneGroupAllSucceedAndNoneIsLost() throws Exception {
    ScimClient scim = ScimClient.newTenant();
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      users.add(scim.createUser("racer" + i));
    }
    String shared = scim.createUser("shared");
    String group = scim.createGroup("racing");

    // 12 PATCHes add one different user each; 4 more add the same user as 4 of the first 12 do.
    List<Http.Response> responses =
        Concurrently.run(
            16,
            i -> {
              String value = i < 12 ? users.get(i) : shared;
              String extra = i < 4 ? ",{\"value\":\"" + shared + "\"}" : "";
              return scim.patch(
                  "/Groups/" + group,
                  ScimClient.patchOps(
                      "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                          + value
                          + "\"}"
                          + extra
                          + "]}]"));
            });

    for (Http.Response r : responses) {
      assertThat(r.status()).as(r.toString()).isBetween(200, 299);
    }
    JsonObject body = scim.get("/Groups/" + group).json();
    Set<String> members = new HashSet<>();
    for (JsonValue m : body.getJsonArray("members")) {
      members.add(m.asJsonObject().getString("value"));
    }
    Set<String> expected = new HashSet<>(users);
    expected.add(shared);
    assertThat(members).isEqualTo(expected);
    assertThat(body.getJsonArray("members")).hasSize(13);
  }

  @Test
  void concurrentCreatesOfOneUserNameGiveOne201AndOnly409s() throws Exception {
    ScimClient scim = ScimClient.newTenant();
    List<Http.Response> responses =
        Concurrently.run(
            8,
            i ->
                scim.post(
                    "/Users",
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + "\"userName\":\"same.person@example.com\","
                        + "\"emails\":[{\"value\":\"same.person@example.com\",\"primary\":true}]}"));

    assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
    for (Http.Response r : responses) {
      if (r.status() != 201) {
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.json().getString("scimType")).isEqualTo("uniqueness");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
      }
    }
    assertThat(scim.get("/Users").json().getInt("totalResults")).isEqualTo(1);
  }

  @Test
  void concurrentCreatesOfOneGroupNameGiveOne201AndOnly409s() throws Exception {
    ScimClient scim = ScimClient.newTenant();
    String member = scim.createUser("member");
    List<Http.Response> responses =
        Concurrently.run(
            8,
            i ->
                scim.post(
                    "/Groups",
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                        + "\"displayName\":\"Engineering\",\"members\":[{\"value\":\""
                        + member
                        + "\"}]}"));

    assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
    for (Http.Response r : responses) {
      if (r.status() != 201) {
        assertThat(r.status()).as(r.toString()).isEqualTo(409);
        assertThat(r.json().getString("scimType")).isEqualTo("uniqueness");
      }
    }
    assertThat(scim.get("/Groups").json().getInt("totalResults")).isEqualTo(1);
  }

  @Test
  void valuesTheDatabaseRefusesAre400AndChangeNothing() {
    ScimClient scim = ScimClient.newTenant();
    Http.Response r =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + "x".repeat(400)
                + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/scim+json");
    assertThat(r.json().getString("scimType")).isEqualTo("invalidValue");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(scim.get("/Users").json().getInt("totalResults")).isZero();

    Http.Response nul =
        scim.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"nul\",\"title\":\"a\\u0000b\"}");
    assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
    assertThat(nul.json().getString("scimType")).isEqualTo("invalidValue");
    assertThat(scim.get("/Users").json().getInt("totalResults")).isZero();
  }
}
