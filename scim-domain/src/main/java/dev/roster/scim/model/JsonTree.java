package dev.roster.scim.model;

import dev.roster.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between JSON-P values and the mutable tree the SCIM model works on: {@code Map<String,
 * Object>} for objects, {@code List<Object>} for arrays, and String, Boolean, Long, BigDecimal.
 */
public final class JsonTree {
  private JsonTree() {}

  public static Object fromJson(JsonValue value) {
    if (value == null) {
      return null;
    }
    return switch (value.getValueType()) {
      case NULL -> null;
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> number((JsonNumber) value);
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        value.asJsonArray().forEach(v -> list.add(fromJson(v)));
        yield list;
      }
      case OBJECT -> object(value.asJsonObject());
    };
  }

  public static Map<String, Object> object(JsonObject json) {
    Map<String, Object> map = new LinkedHashMap<>();
    json.forEach((k, v) -> map.put(k, fromJson(v)));
    return map;
  }

  /** Parses a stored document; null or blank gives an empty map. */
  public static Map<String, Object> parse(String json) {
    if (json == null || json.isBlank()) {
      return new LinkedHashMap<>();
    }
    try (var reader = Json.createReader(new java.io.StringReader(json))) {
      return object(reader.readObject());
    }
  }

  private static Object number(JsonNumber n) {
    return n.isIntegral() ? (Object) n.longValue() : n.bigDecimalValue();
  }

  @SuppressWarnings("unchecked")
  public static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Boolean b) {
      return b ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof String s) {
      return Json.createValue(s);
    }
    if (value instanceof Long l) {
      return Json.createValue(l);
    }
    if (value instanceof Integer i) {
      return Json.createValue(i);
    }
    if (value instanceof BigDecimal d) {
      return Json.createValue(d);
    }
    if (value instanceof Map<?, ?> m) {
      return toJsonObject((Map<String, Object>) m);
    }
    if (value instanceof List<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      list.forEach(v -> array.add(toJson(v)));
      return array.build();
    }
    if (value instanceof JsonValue j) {
      return j;
    }
    return Json.createValue(value.toString());
  }

  public static JsonObject toJsonObject(Map<String, Object> map) {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    map.forEach(
        (k, v) -> {
          if (v != null) {
            builder.add(k, toJson(v));
          }
        });
    return builder.build();
  }

  /** Deep copy of a tree, so that a failed change leaves the original untouched. */
  @SuppressWarnings("unchecked")
  public static <T> T copy(T value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) m).forEach((k, v) -> out.put(k, copy(v)));
      return (T) out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(copy(v)));
      return (T) out;
    }
    return value;
  }
}
