package dev.roster.api.events;

import dev.roster.application.event.EventDocuments;
import dev.roster.application.event.EventPage;
import dev.roster.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** {@code {"events":[…],"after":"<cursor>"}}, each event as {@link EventDocuments} writes it. */
public final class EventPages {
  private EventPages() {}

  public static JsonObject json(EventPage page) {
    JsonArrayBuilder events = Json.createArrayBuilder();
    page.events().forEach(e -> events.add(EventDocuments.toJsonObject(e)));
    return Json.createObjectBuilder().add("events", events).add("after", page.after()).build();
  }
}
