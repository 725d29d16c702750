package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Walks RFC 9865 cursor pages and checks what every cursor-paged response must satisfy. */
final class CursorPages {
  private CursorPages() {}

  /** A page's resources, their ids and the cursors (null when absent). */
  record Page(
      List<JsonObject> resources, List<String> ids, String next, String previous, int total) {}

  /** GET {@code path} with {@code &cursor=...} appended (an empty value for the first page). */
  static Page get(ScimClient scim, String path, String cursor) {
    Http.Response r =
        scim.get(
            path
                + (path.contains("?") ? "&" : "?")
                + "cursor="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return page(r.json());
  }

  static Page page(JsonObject list) {
    assertThat(list.containsKey("startIndex")).as("startIndex in a cursor page").isFalse();
    List<JsonObject> resources =
        list.getJsonArray("Resources").stream().map(v -> v.asJsonObject()).toList();
    List<String> ids = resources.stream().map(r -> r.getString("id")).toList();
    assertThat(list.getInt("itemsPerPage")).isEqualTo(ids.size());
    String next = list.containsKey("nextCursor") ? list.getString("nextCursor") : null;
    String previous = list.containsKey("previousCursor") ? list.getString("previousCursor") : null;
    for (String c : new String[] {next, previous}) {
      if (c != null) {
        assertThat(c).matches("[A-Za-z0-9_-]+");
      }
    }
    return new Page(resources, ids, next, previous, list.getInt("totalResults"));
  }

  /**
   * Every page from the first by nextCursor; checks the page sizes and that only the last one has
   * no nextCursor.
   */
  static List<Page> forward(ScimClient scim, String path, int count) {
    List<Page> pages = new ArrayList<>();
    Page page = get(scim, path, "");
    assertThat(page.previous()).as("previousCursor of the first page").isNull();
    pages.add(page);
    while (page.next() != null) {
      assertThat(page.ids()).hasSize(count);
      page = get(scim, path, page.next());
      pages.add(page);
    }
    assertThat(page.ids().size()).isBetween(1, count);
    return pages;
  }

  /** From the last of {@code pages} back by previousCursor; each page must be the one before. */
  static void backward(ScimClient scim, String path, List<Page> pages) {
    Page page = pages.get(pages.size() - 1);
    for (int i = pages.size() - 2; i >= 0; i--) {
      assertThat(page.previous()).as("previousCursor of page " + (i + 2)).isNotNull();
      page = get(scim, path, page.previous());
      assertThat(page.ids()).as("page " + (i + 1) + " again").isEqualTo(pages.get(i).ids());
      assertThat(page.next()).isNotNull();
    }
    assertThat(page.previous()).as("previousCursor of the first page, reached backwards").isNull();
  }

  static List<String> ids(List<Page> pages) {
    return pages.stream().flatMap(p -> p.ids().stream()).toList();
  }

  /** One string attribute of every resource of {@code pages}, in order. */
  static List<String> values(List<Page> pages, String attribute) {
    return pages.stream()
        .flatMap(p -> p.resources().stream())
        .map(r -> r.getString(attribute))
        .toList();
  }
}
