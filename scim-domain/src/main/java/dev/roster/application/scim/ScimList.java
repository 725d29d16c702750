package dev.roster.application.scim;

import dev.roster.json.Json;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A page of resources as an RFC 7644 §3.4.2 ListResponse. An index-paged page has a {@code
 * startIndex}; a cursor-paged one (RFC 9865, {@code startIndex} null) has {@code nextCursor} on
 * every page but the last, and {@code previousCursor} where there is an earlier page.
 */
public record ScimList(
    List<JsonObject> resources,
    long totalResults,
    Integer startIndex,
    String nextCursor,
    String previousCursor) {

  /** An index-paged list. */
  public ScimList(List<JsonObject> resources, long totalResults, int startIndex) {
    this(resources, totalResults, startIndex, null, null);
  }

  /** All of {@code resources} on one page, as the discovery endpoints list them. */
  public static ScimList all(List<JsonObject> resources) {
    return new ScimList(resources, resources.size(), 1);
  }

  /** The rendered {@code resources} of {@code page}, paged as {@code query} asked. */
  public static ScimList of(List<JsonObject> resources, ResultPage<?> page, ResourceQuery query) {
    return query.cursorPaged()
        ? new ScimList(resources, page.total(), null, page.nextCursor(), page.previousCursor())
        : new ScimList(resources, page.total(), query.startIndex());
  }

  public JsonObject toJson() {
    JsonArrayBuilder items = Json.createArrayBuilder();
    resources.forEach(items::add);
    JsonObjectBuilder list =
        Json.createObjectBuilder()
            .add("schemas", Json.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
            .add("totalResults", totalResults);
    if (startIndex != null) {
      list.add("startIndex", startIndex);
    }
    list.add("itemsPerPage", resources.size());
    if (nextCursor != null) {
      list.add("nextCursor", nextCursor);
    }
    if (previousCursor != null) {
      list.add("previousCursor", previousCursor);
    }
    return list.add("Resources", items).build();
  }
}
