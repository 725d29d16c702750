package dev.roster.scim.model;

import dev.roster.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Microsoft Entra ID's app roles ({@code AppRoleAssignmentsComplex} mapped to {@code roles}): its
 * POST sends ordinary role objects, but its PATCH sends each role as a JSON string inside {@code
 * value}, as in {@code {"value":"{\"id\":\"…\",\"value\":\"Admin\",\"displayName\":\"Admin\"}"}}.
 * Such a role is read as the role it describes: the inner {@code value}, {@code display} from its
 * {@code displayName}. A string that only looks like JSON stays the plain value it is.
 */
final class EmbeddedRoleJson {
  private EmbeddedRoleJson() {}

  /** {@code role} with an embedded JSON role unwrapped; {@code role} itself otherwise. */
  static Map<String, Object> unwrap(Map<String, Object> role) {
    if (!(role.get("value") instanceof String text)) {
      return role;
    }
    JsonObject inner = object(text.strip());
    if (inner == null
        || !(inner.get("value") instanceof JsonString value)
        || value.getString().isBlank()) {
      return role;
    }
    Map<String, Object> out = new LinkedHashMap<>(role);
    out.put("value", value.getString());
    String display = string(inner, "displayName");
    if (display == null) {
      display = string(inner, "display");
    }
    if (display != null && !out.containsKey("display")) {
      out.put("display", display);
    }
    String type = string(inner, "type");
    if (type != null && !out.containsKey("type")) {
      out.put("type", type);
    }
    JsonValue primary = inner.get("primary");
    if (primary != null
        && (primary == JsonValue.TRUE || primary == JsonValue.FALSE)
        && !out.containsKey("primary")) {
      out.put("primary", primary == JsonValue.TRUE);
    }
    return out;
  }

  private static JsonObject object(String text) {
    if (!text.startsWith("{") || !text.endsWith("}")) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonValue parsed = reader.readValue();
      return parsed.getValueType() == JsonValue.ValueType.OBJECT ? parsed.asJsonObject() : null;
    } catch (JsonException | IllegalStateException | NumberFormatException e) {
      return null; // not JSON after all: a plain role value
    }
  }

  private static String string(JsonObject o, String name) {
    return o.get(name) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
  }
}
