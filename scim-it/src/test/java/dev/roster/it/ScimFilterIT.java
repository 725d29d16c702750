package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Filtering, sorting and paging, evaluated by the database. */
class ScimFilterIT extends RosterDeployment {

  private static List<String> userNames(JsonObject list) {
    return list.getJsonArray("Resources").stream()
        .map(v -> v.asJsonObject().getString("userName"))
        .toList();
  }

  private static String q(String filter) {
    return "?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8);
  }

  private ScimClient tenantWithUsers() {
    ScimClient scim = ScimClient.newTenant();
    scim.createUser(
        "Alice",
        "\"externalId\":\"A-1\",\"name\":{\"givenName\":\"Alice\",\"familyName\":\"Smith\"},"
            + "\"emails\":[{\"value\":\"alice@work.example\",\"type\":\"work\",\"primary\":true},"
            + "{\"value\":\"alice@home.example\",\"type\":\"home\"}]");
    scim.createUser(
        "bob",
        "\"active\":false,\"displayName\":\"Bobby\",\"name\":{\"givenName\":\"Bob\"},"
            + "\"emails\":[{\"value\":\"bob@home.example\",\"type\":\"home\"}]");
    scim.createUser("carol", "\"name\":{\"familyName\":\"Smithers\"}");
    return scim;
  }

  @Test
  void filtersOnCoreAttributesIgnoringCase() {
    ScimClient scim = tenantWithUsers();
    assertThat(userNames(scim.get("/Users" + q("userName eq \"ALICE\"")).json()))
        .containsExactly("Alice");
    assertThat(userNames(scim.get("/Users" + q("externalId eq \"A-1\"")).json()))
        .containsExactly("Alice");
    assertThat(userNames(scim.get("/Users" + q("active eq false")).json())).containsExactly("bob");
    assertThat(userNames(scim.get("/Users" + q("name.familyName sw \"smith\"")).json()))
        .containsExactlyInAnyOrder("Alice", "carol");
    assertThat(userNames(scim.get("/Users" + q("displayName co \"OBB\"")).json()))
        .containsExactly("bob");
    assertThat(
            userNames(
                scim.get("/Users" + q("userName eq \"alice\" or userName eq \"bob\"")).json()))
        .containsExactlyInAnyOrder("Alice", "bob");
    assertThat(userNames(scim.get("/Users" + q("not (userName eq \"alice\")")).json()))
        .containsExactlyInAnyOrder("bob", "carol");
    assertThat(userNames(scim.get("/Users" + q("meta.created gt \"2000-01-01T00:00:00Z\"")).json()))
        .hasSize(3);
    assertThat(
            userNames(
                scim.get("/Users" + q("meta.lastModified lt \"2000-01-01T00:00:00Z\"")).json()))
        .isEmpty();
  }

  @Test
  void filtersOnEmailsIncludingValuePaths() {
    ScimClient scim = tenantWithUsers();
    assertThat(userNames(scim.get("/Users" + q("emails.value eq \"BOB@home.example\"")).json()))
        .containsExactly("bob");
    assertThat(
            userNames(
                scim.get("/Users" + q("emails[type eq \"work\" and value co \"alice\"]")).json()))
        .containsExactly("Alice");
    assertThat(
            userNames(
                scim.get("/Users" + q("emails[type eq \"work\" and value co \"bob\"]")).json()))
        .isEmpty();
    assertThat(userNames(scim.get("/Users" + q("emails pr")).json()))
        .containsExactlyInAnyOrder("Alice", "bob");
  }

  @Test
  void valuesAreBoundNotConcatenated() {
    ScimClient scim = tenantWithUsers();
    Http.Response r = scim.get("/Users" + q("userName eq \"x' or '1'='1\""));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().getInt("totalResults")).isZero();
    assertThat(scim.get("/Users" + q("userName co \"%\"")).json().getInt("totalResults")).isZero();
  }

  @Test
  void unknownAttributesAndBrokenFiltersAreInvalidFilter() {
    ScimClient scim = tenantWithUsers();
    for (String filter : List.of("favoriteColor eq \"red\"", "userName eq", "active gt true")) {
      Http.Response r = scim.get("/Users" + q(filter));
      assertThat(r.status()).as(filter).isEqualTo(400);
      assertThat(r.json().getString("scimType")).as(filter).isEqualTo("invalidFilter");
    }
  }

  @Test
  void sortsAndPagesStably() {
    ScimClient scim = tenantWithUsers();
    JsonObject page =
        scim.get("/Users?sortBy=userName&sortOrder=descending&startIndex=2&count=1").json();
    assertThat(page.getInt("totalResults")).isEqualTo(3);
    assertThat(page.getInt("startIndex")).isEqualTo(2);
    assertThat(page.getInt("itemsPerPage")).isEqualTo(1);
    assertThat(userNames(page)).containsExactly("bob");
    assertThat(page.getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");

    JsonObject countOnly = scim.get("/Users?count=0").json();
    assertThat(countOnly.getInt("totalResults")).isEqualTo(3);
    assertThat(countOnly.getJsonArray("Resources")).isEmpty();

    assertThat(scim.get("/Users?count=5000").status()).isEqualTo(200);
  }

  @Test
  void searchesWithPostOnUsersGroupsAndRoot() {
    ScimClient scim = tenantWithUsers();
    scim.createGroup("Team Alpha");
    String body =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
            + "\"filter\":\"userName sw \\\"a\\\"\",\"attributes\":[\"userName\"],\"count\":10}";
    JsonObject users = scim.post("/Users/.search", body).json();
    assertThat(userNames(users)).containsExactly("Alice");
    assertThat(users.getJsonArray("Resources").getJsonObject(0).containsKey("emails")).isFalse();

    JsonObject groups =
        scim.post("/Groups/.search", "{\"filter\":\"displayName eq \\\"team alpha\\\"\"}").json();
    assertThat(groups.getInt("totalResults")).isEqualTo(1);

    JsonObject all = scim.post("/.search", "{}").json();
    assertThat(all.getInt("totalResults")).isEqualTo(4);
  }

  @Test
  void filtersGroupsByMember() {
    ScimClient scim = ScimClient.newTenant();
    String u = scim.createUser("member");
    String g = scim.createGroup("With", u);
    scim.createGroup("Without");
    JsonObject r = scim.get("/Groups" + q("members.value eq \"" + u + "\"")).json();
    assertThat(r.getInt("totalResults")).isEqualTo(1);
    assertThat(r.getJsonArray("Resources").getJsonObject(0).getString("id")).isEqualTo(g);
    assertThat(
            scim.get("/Users" + q("groups.value eq \"" + g + "\"")).json().getInt("totalResults"))
        .isEqualTo(1);
  }
}
