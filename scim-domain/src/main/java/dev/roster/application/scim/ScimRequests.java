package dev.roster.application.scim;

import dev.roster.domain.common.NotFoundException;
import dev.roster.json.Json;
import dev.roster.scim.error.InvalidSyntaxException;
import dev.roster.scim.error.PreconditionFailedException;
import dev.roster.scim.model.ETags;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.UUID;

/** Small helpers shared by the SCIM use cases: ids, bodies and preconditions. */
public final class ScimRequests {
  private ScimRequests() {}

  static UUID id(String value, String type) {
    try {
      return UUID.fromString(value.strip());
    } catch (RuntimeException e) {
      throw new NotFoundException(type + " " + value + " not found.");
    }
  }

  /** Parses a request body; anything but one JSON object is invalidSyntax. */
  public static JsonObject body(String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidSyntaxException("The request needs a JSON body.");
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidSyntaxException("The request body must be a JSON object.");
      }
      return value.asJsonObject();
    } catch (JsonException | NumberFormatException e) {
      // The JSON-P parser throws NumberFormatException for a number it cannot hold (1e9999999999).
      throw new InvalidSyntaxException("The request body is not valid JSON: " + e.getMessage());
    }
  }

  static void ifMatch(String header, long version) {
    if (header != null && !header.isBlank() && !ETags.matches(header, version)) {
      throw new PreconditionFailedException(
          "The resource has changed: its version is " + ETags.of(version) + ", not " + header);
    }
  }
}
