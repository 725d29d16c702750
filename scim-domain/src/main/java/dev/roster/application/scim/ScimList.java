package dev.roster.application.scim;

import dev.roster.json.Json;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/** A page of resources as an RFC 7644 §3.4.2 ListResponse. */
public record ScimList(List<JsonObject> resources, long totalResults, int startIndex) {

  public JsonObject toJson() {
    JsonArrayBuilder items = Json.createArrayBuilder();
    resources.forEach(items::add);
    return Json.createObjectBuilder()
        .add("schemas", Json.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
        .add("totalResults", totalResults)
        .add("startIndex", startIndex)
        .add("itemsPerPage", resources.size())
        .add("Resources", items)
        .build();
  }
}
