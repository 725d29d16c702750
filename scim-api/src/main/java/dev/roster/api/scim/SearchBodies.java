package dev.roster.api.scim;

import dev.roster.json.Json;
import dev.roster.scim.error.InvalidSyntaxException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** Reads the body of POST .search: a SearchRequest object (an empty body means no parameters). */
public final class SearchBodies {
  private SearchBodies() {}

  public static JsonObject parse(String body) {
    if (body == null || body.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidSyntaxException("A SearchRequest must be a JSON object.");
      }
      return value.asJsonObject();
    } catch (JsonException | NumberFormatException e) {
      // The JSON-P parser throws NumberFormatException for a number it cannot hold (1e9999999999).
      throw new InvalidSyntaxException("The SearchRequest is not valid JSON.");
    }
  }
}
