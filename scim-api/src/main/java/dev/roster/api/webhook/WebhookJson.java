package dev.roster.api.webhook;

import dev.roster.api.admin.AdminJson;
import dev.roster.application.event.EventCursor;
import dev.roster.application.webhook.WebhookView;
import dev.roster.domain.common.ValidationException;
import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.WebhookDelivery;
import dev.roster.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Webhook request bodies read with clear errors, and webhooks and deliveries as JSON. */
final class WebhookJson {
  private WebhookJson() {}

  static JsonObject body(JsonObject body) {
    return AdminJson.body(body);
  }

  static String requiredString(JsonObject body, String key) {
    return AdminJson.requiredString(body, key);
  }

  /** An optional array of strings; absent or null is empty. */
  static List<String> strings(JsonObject body, String key) {
    JsonValue value = body.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw new ValidationException("'" + key + "' must be an array of strings.");
    }
    List<String> values = new ArrayList<>();
    for (JsonValue element : array) {
      if (!(element instanceof JsonString s) || s.getString().isBlank()) {
        throw new ValidationException("'" + key + "' must be an array of strings.");
      }
      values.add(s.getString().strip());
    }
    return values;
  }

  /** An event position: a number, or an {@code after} cursor of the events API. */
  static long position(JsonObject body, String key) {
    JsonValue value = body.get(key);
    if (value instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 0) {
      return n.longValue();
    }
    if (value instanceof JsonString s) {
      String text = s.getString().strip();
      return text.matches("[0-9]{1,18}") ? Long.parseLong(text) : EventCursor.decode(text);
    }
    throw new ValidationException(
        "'" + key + "' must be an event position or an 'after' cursor of the events API.");
  }

  static JsonObjectBuilder webhook(WebhookView w) {
    return AdminJson.object(
        "id", w.id(),
        "organizationId", w.organizationId(),
        "url", w.url(),
        "eventTypes", w.eventTypes(),
        "organizations", w.organizations(),
        "createdAt", w.createdAt(),
        "previousSecretExpiresAt", w.previousSecretExpiresAt(),
        "enabled", w.enabled(),
        "disabledAt", w.disabledAt(),
        "disabledReason", w.disabledReason());
  }

  static JsonObjectBuilder delivery(WebhookDelivery d) {
    JsonArrayBuilder attempts = Json.createArrayBuilder();
    for (DeliveryAttempt a : d.attemptLog()) {
      attempts.add(
          AdminJson.object(
              "at", a.at(),
              "durationMillis", a.durationMillis(),
              "status", a.status(),
              "responseExcerpt", a.responseExcerpt(),
              "error", a.error()));
    }
    return AdminJson.object(
        "id", d.id(),
        "eventId", d.eventId(),
        "eventType", d.eventType(),
        "organizationId", d.organizationId(),
        "position", d.position(),
        "state", d.state().name(),
        "attempts", d.attempts(),
        "createdAt", d.createdAt(),
        "nextAttemptAt", d.nextAttemptAt(),
        "attemptLog", attempts);
  }
}
