package dev.roster.application.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.event.Event;
import dev.roster.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventDocumentsTest {
  @Test
  void anEventIsItsFieldsWithDataAsAnObject() {
    UUID id = UUID.randomUUID();
    UUID org = UUID.randomUUID();
    Event event =
        new Event(
            id,
            "user.created",
            org,
            Instant.parse("2026-12-02T12:00:00.123456Z"),
            "{\"user\":{\"id\":\"x\",\"email\":null}}",
            7);
    JsonObject json;
    try (var reader = Json.createReader(new StringReader(EventDocuments.toJson(event)))) {
      json = reader.readObject();
    }
    assertThat(json.keySet())
        .containsExactly("id", "type", "organizationId", "occurredAt", "data", "position");
    assertThat(json.getString("id")).isEqualTo(id.toString());
    assertThat(json.getString("organizationId")).isEqualTo(org.toString());
    assertThat(json.getString("occurredAt")).isEqualTo("2026-12-02T12:00:00.123456Z");
    assertThat(json.getJsonObject("data").getJsonObject("user").isNull("email")).isTrue();
    assertThat(json.getJsonNumber("position").longValue()).isEqualTo(7);
  }
}
