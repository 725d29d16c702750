package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.CursorPages.Page;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 9865 cursor paging of /Users and /Groups: keyset pages, cursors and their errors. */
class ScimCursorPaginationIT extends RosterDeployment {

  @Test
  void walksEveryUserExactlyOnceInTheIndexOrderAndBack() {
    ScimClient scim = ScimClient.newTenant();
    // All rows share created_at: the order rests on the id tie-breaker.
    Fixtures.scimMembers(scim.tenant.organizationId().toString(), null, "walk", 250);
    String path = "/Users?count=100&attributes=userName";

    List<Page> pages = CursorPages.forward(scim, path, 100);

    assertThat(pages).extracting(p -> p.ids().size()).containsExactly(100, 100, 50);
    assertThat(pages).allMatch(p -> p.total() == 250);
    assertThat(pages.get(2).next()).isNull();
    List<String> walked = CursorPages.ids(pages);
    assertThat(new HashSet<>(walked)).hasSize(250);
    assertThat(walked).isEqualTo(indexOrder(scim, "/Users?count=1000&attributes=userName"));
    CursorPages.backward(scim, path, pages);
  }

  @Test
  void sortsByUserNameDescendingAcrossPages() {
    ScimClient scim = ScimClient.newTenant();
    Fixtures.scimMembers(scim.tenant.organizationId().toString(), null, "name", 30);
    String path = "/Users?count=7&sortBy=userName&sortOrder=descending&attributes=userName";

    List<Page> pages = CursorPages.forward(scim, path, 7);

    List<String> names = CursorPages.values(pages, "userName");
    List<String> expected = new ArrayList<>(names);
    expected.sort(java.util.Comparator.reverseOrder());
    assertThat(names).hasSize(30).doesNotHaveDuplicates().isEqualTo(expected);
    assertThat(CursorPages.ids(pages)).isEqualTo(indexOrder(scim, path));
    CursorPages.backward(scim, path, pages);
  }

  @Test
  void usersWithoutTheSortValueComeLastInBothDirections() {
    ScimClient scim = ScimClient.newTenant();
    List<String> named = new ArrayList<>();
    List<String> unnamed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      named.add(
          scim.createUser("named" + i, "\"displayName\":\"Person " + (char) ('E' - i) + "\""));
      unnamed.add(scim.createUser("unnamed" + i));
    }
    for (String order : new String[] {"ascending", "descending"}) {
      String path = "/Users?count=2&sortBy=displayName&sortOrder=" + order;
      List<Page> pages = CursorPages.forward(scim, path, 2);
      List<String> walked = CursorPages.ids(pages);
      assertThat(walked).hasSize(10).doesNotHaveDuplicates().isEqualTo(indexOrder(scim, path));
      List<String> expectedNamed = new ArrayList<>(named);
      if (order.equals("ascending")) {
        java.util.Collections.reverse(expectedNamed); // Person A is the last one created
      }
      assertThat(walked.subList(0, 5)).isEqualTo(expectedNamed);
      assertThat(walked.subList(5, 10)).containsExactlyInAnyOrderElementsOf(unnamed);
      CursorPages.backward(scim, path, pages);
    }
  }

  /** Every sort key type round-trips through a cursor: uuid, boolean, timestamp, nullable text. */
  @Test
  void everySortableAttributeWalksCompletely() {
    ScimClient scim = ScimClient.newTenant();
    for (int i = 0; i < 7; i++) {
      scim.createUser(
          "sortable" + i,
          "\"active\":"
              + (i % 3 != 0)
              + (i % 2 == 0 ? ",\"externalId\":\"ext-" + (i % 4) + "\"" : "")
              + (i < 4
                  ? ",\"emails\":[{\"value\":\"s" + (9 - i) + "@x.example\",\"primary\":true}]"
                  : ""));
    }
    for (String sortBy :
        new String[] {
          "id", "active", "meta.lastModified", "externalId", "emails", "name.givenName"
        }) {
      for (String order : new String[] {"ascending", "descending"}) {
        String path = "/Users?count=3&sortBy=" + sortBy + "&sortOrder=" + order;
        List<Page> pages = CursorPages.forward(scim, path, 3);
        assertThat(CursorPages.ids(pages)).as(path).hasSize(7).isEqualTo(indexOrder(scim, path));
        CursorPages.backward(scim, path, pages);
      }
    }
  }

  @Test
  void aCursorOnlyContinuesTheQueryItCameFrom() {
    ScimClient scim = ScimClient.newTenant();
    Fixtures.scimMembers(scim.tenant.organizationId().toString(), null, "q", 5);
    Page first = CursorPages.get(scim, "/Users?count=2&filter=userName%20sw%20%22q%22", "");
    assertThat(first.next()).isNotNull();

    for (String other :
        new String[] {
          "/Users?count=2&filter=userName%20sw%20%22q1%22",
          "/Users?count=2",
          "/Users?count=2&filter=userName%20sw%20%22q%22&sortBy=userName",
          "/Groups?count=2&filter=displayName%20sw%20%22q%22"
        }) {
      assertError(scim.get(other + "&cursor=" + first.next()), "invalidCursor", "another query");
    }
    // The count may change from page to page.
    Page rest =
        CursorPages.get(scim, "/Users?count=10&filter=userName%20sw%20%22q%22", first.next());
    assertThat(rest.ids()).hasSize(3);
    assertThat(rest.next()).isNull();
  }

  @Test
  void malformedCursorsAndCountsAreClearErrors() {
    ScimClient scim = ScimClient.newTenant();
    scim.createUser("someone");
    for (String garbage :
        new String[] {"garbage", "AAAA", "Zm9vYmFy", "%FF%FE", "a%2Bb", "AQ==", "x".repeat(3000)}) {
      assertError(scim.get("/Users?cursor=" + garbage), "invalidCursor", "not one");
    }
    assertError(scim.get("/Users?cursor&startIndex=1"), "invalidValue", "startIndex and cursor");
    assertError(scim.get("/Users?cursor&count=0"), "invalidCount", "between 1 and 1000");
    assertError(scim.get("/Users?cursor&count=1001"), "invalidCount", "between 1 and 1000");
    assertError(
        scim.post(
            "/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"cursor\":\"\"}"),
        "invalidValue",
        "/Users and /Groups");

    // An empty value is the first page; index paging keeps count=0 as "only the total".
    Http.Response firstPage = scim.get("/Users?cursor&count=10");
    assertThat(firstPage.status()).isEqualTo(200);
    assertThat(firstPage.json().getJsonArray("Resources")).hasSize(1);
    JsonObject totalOnly = scim.get("/Users?count=0").json();
    assertThat(totalOnly.getInt("totalResults")).isEqualTo(1);
    assertThat(totalOnly.getInt("startIndex")).isEqualTo(1);
    assertThat(totalOnly.getJsonArray("Resources")).isEmpty();
  }

  @Test
  void aCursorOfAnotherOrganizationOnlyPagesThisOne() {
    ScimClient a = ScimClient.newTenant();
    ScimClient b = ScimClient.newTenant();
    Fixtures.scimMembers(a.tenant.organizationId().toString(), null, "a", 3);
    Fixtures.scimMembers(b.tenant.organizationId().toString(), null, "b", 3);
    Page ofA = CursorPages.get(a, "/Users?count=1", "");

    Page inB = CursorPages.get(b, "/Users?count=10", ofA.next());

    List<String> idsOfB = indexOrder(b, "/Users?count=10");
    assertThat(idsOfB).containsAll(inB.ids());
    assertThat(inB.total()).isEqualTo(3);
  }

  @Test
  void groupsPageByCursorAlsoThroughSearch() {
    ScimClient scim = ScimClient.newTenant();
    String member = scim.createUser("member");
    for (int i = 0; i < 5; i++) {
      scim.createGroup("team" + i, member);
    }
    List<Page> pages = CursorPages.forward(scim, "/Groups?count=2", 2);
    assertThat(pages).extracting(p -> p.ids().size()).containsExactly(2, 2, 1);
    assertThat(CursorPages.ids(pages)).isEqualTo(indexOrder(scim, "/Groups?count=10"));
    CursorPages.backward(scim, "/Groups?count=2", pages);

    List<String> searched = new ArrayList<>();
    String cursor = "";
    do {
      Http.Response r =
          scim.post(
              "/Groups/.search",
              "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                  + "\"sortBy\":\"displayName\",\"sortOrder\":\"descending\",\"count\":2,"
                  + "\"cursor\":\""
                  + cursor
                  + "\"}");
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      Page page = CursorPages.page(r.json());
      page.resources().forEach(g -> searched.add(g.getString("displayName")));
      cursor = page.next();
    } while (cursor != null);
    assertThat(searched).containsExactly("team4", "team3", "team2", "team1", "team0");
  }

  /** The ids of the same query, index-paged in one page. */
  private static List<String> indexOrder(ScimClient scim, String path) {
    Http.Response r = scim.get(path.replaceFirst("count=\\d+", "count=1000") + "&startIndex=1");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    r.json().getJsonArray("Resources").forEach(v -> ids.add(v.asJsonObject().getString("id")));
    return ids;
  }

  private static void assertError(Http.Response r, String scimType, String detail) {
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    JsonObject error = r.json();
    assertThat(error.getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(error.getString("status")).isEqualTo("400");
    assertThat(error.getString("scimType")).isEqualTo(scimType);
    assertThat(error.getString("detail")).contains(detail);
  }
}
