package dev.roster.api.scim.discovery;

import dev.roster.json.Json;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** ListResponse wrapper for the discovery endpoints. */
final class Discovery {
  private Discovery() {}

  static JsonObject listResponse(JsonArray resources) {
    return Json.createObjectBuilder()
        .add("schemas", Json.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
        .add("totalResults", resources.size())
        .add("startIndex", 1)
        .add("itemsPerPage", resources.size())
        .add("Resources", resources)
        .build();
  }
}
