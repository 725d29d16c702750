package dev.roster.scim.model;

import dev.roster.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;

/** The {@code meta} of a resource (RFC 7643 §3.1), with its weak ETag. */
public record Meta(
    String resourceType, Instant created, Instant lastModified, String location, long version) {

  public String etag() {
    return ETags.of(version);
  }

  public JsonObject toJson() {
    return Json.createObjectBuilder()
        .add("resourceType", resourceType)
        .add("created", created.toString())
        .add("lastModified", lastModified.toString())
        .add("location", location)
        .add("version", etag())
        .build();
  }
}
