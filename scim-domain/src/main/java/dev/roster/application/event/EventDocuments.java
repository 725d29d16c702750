package dev.roster.application.event;

import dev.roster.domain.event.Event;
import dev.roster.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * The one place an event becomes JSON, as the events API lists it and webhooks send it: {@code
 * {"id","type","organizationId","occurredAt","data":{…},"position"}}.
 */
public final class EventDocuments {
  private EventDocuments() {}

  public static JsonObject toJsonObject(Event event) {
    return Json.createObjectBuilder()
        .add("id", event.id().toString())
        .add("type", event.type())
        .add("organizationId", event.organizationId().toString())
        .add("occurredAt", event.occurredAt().toString())
        .add("data", data(event))
        .add("position", event.position())
        .build();
  }

  public static String toJson(Event event) {
    return toJsonObject(event).toString();
  }

  private static JsonObject data(Event event) {
    try (var reader = Json.createReader(new StringReader(event.data()))) {
      return reader.readObject();
    }
  }
}
