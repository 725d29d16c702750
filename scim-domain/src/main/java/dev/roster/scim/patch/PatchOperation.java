package dev.roster.scim.patch;

import jakarta.json.JsonValue;

/**
 * One operation of a PATCH request (RFC 7644 §3.5.2).
 *
 * @param op add, replace or remove
 * @param path the target, or null for a path-less add/replace whose value is an object
 * @param value the value, or null (remove)
 */
public record PatchOperation(Op op, String path, JsonValue value) {
  /** The three PATCH operations; clients write them in any case ("Replace", "ADD"). */
  public enum Op {
    ADD,
    REPLACE,
    REMOVE
  }

  public boolean hasPath() {
    return path != null && !path.isBlank();
  }

  public boolean hasValue() {
    return value != null && value.getValueType() != JsonValue.ValueType.NULL;
  }
}
