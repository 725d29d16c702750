package dev.roster.application.scim.bulk;

import dev.roster.scim.error.InvalidSyntaxException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * One operation of a bulk request as sent: {@code index} is its position, {@code data} the body
 * (null for DELETE). Nothing is checked here but the JSON shape; the rest is the operation's own
 * error, reported in its response.
 */
public record BulkOperation(
    int index, String method, String bulkId, String version, String path, JsonValue data) {

  static BulkOperation of(int index, JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidSyntaxException("Each bulk operation must be a JSON object.");
    }
    JsonObject o = value.asJsonObject();
    String method = text(o, "method");
    return new BulkOperation(
        index,
        method == null ? null : method.toUpperCase(Locale.ROOT),
        text(o, "bulkId"),
        text(o, "version"),
        text(o, "path"),
        o.containsKey("data") ? o.get("data") : null);
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw new InvalidSyntaxException("The bulk operation's '" + name + "' must be a string.");
  }
}
