package dev.roster.scim.patch;

import dev.roster.scim.error.InvalidSyntaxException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a PatchOp message into operations; member names and op names are matched in any case. */
public final class PatchRequest {
  static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private PatchRequest() {}

  public static List<PatchOperation> parse(JsonObject body) {
    // A wrong 'schemas' is refused; a missing one is tolerated, as some clients leave it out.
    JsonValue schemas = member(body, "schemas");
    if (schemas != null && !declaresPatchOp(schemas)) {
      throw new InvalidSyntaxException("A PATCH body's 'schemas' must be [\"" + PATCH_OP + "\"].");
    }
    JsonValue operations = member(body, "Operations");
    if (operations == null || operations.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new InvalidSyntaxException("A PatchOp message needs an 'Operations' array.");
    }
    List<PatchOperation> result = new ArrayList<>();
    for (JsonValue item : operations.asJsonArray()) {
      if (item.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidSyntaxException("Each PATCH operation must be a JSON object.");
      }
      JsonObject o = item.asJsonObject();
      result.add(
          new PatchOperation(op(member(o, "op")), path(member(o, "path")), member(o, "value")));
    }
    if (result.isEmpty()) {
      throw new InvalidSyntaxException("'Operations' must contain at least one operation.");
    }
    return result;
  }

  private static boolean declaresPatchOp(JsonValue schemas) {
    if (schemas.getValueType() != JsonValue.ValueType.ARRAY) {
      return false;
    }
    return schemas.asJsonArray().stream()
        .anyMatch(
            v -> v instanceof JsonString s && s.getString().strip().equalsIgnoreCase(PATCH_OP));
  }

  private static PatchOperation.Op op(JsonValue value) {
    if (value instanceof JsonString s) {
      try {
        return PatchOperation.Op.valueOf(s.getString().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw new InvalidSyntaxException(
        "Each PATCH operation needs an 'op' of 'add', 'replace' or 'remove'.");
  }

  private static String path(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString s) {
      return s.getString().strip();
    }
    throw new InvalidSyntaxException("A PATCH 'path' must be a string.");
  }

  static JsonValue member(JsonObject o, String name) {
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
