package dev.roster.api.admin;

import dev.roster.domain.common.ValidationException;
import dev.roster.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.UUID;

/** Reads admin API request bodies with clear errors, and writes responses with explicit nulls. */
public final class AdminJson {
  private AdminJson() {}

  public static JsonObject body(JsonObject body) {
    if (body == null) {
      throw new ValidationException("A JSON object body is required.");
    }
    return body;
  }

  public static String string(JsonObject body, String key) {
    JsonValue value = body.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw new ValidationException("'" + key + "' must be a string.");
    }
    return body.getString(key);
  }

  public static String requiredString(JsonObject body, String key) {
    String value = string(body, key);
    if (value == null || value.isBlank()) {
      throw new ValidationException("'" + key + "' is required.");
    }
    return value;
  }

  public static boolean bool(JsonObject body, String key, boolean fallback) {
    JsonValue value = body.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return fallback;
    }
    if (value == JsonValue.TRUE) {
      return true;
    }
    if (value == JsonValue.FALSE) {
      return false;
    }
    throw new ValidationException("'" + key + "' must be true or false.");
  }

  public static Instant instant(JsonObject body, String key) {
    String value = string(body, key);
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          "'" + key + "' must be an ISO-8601 instant such as 2027-01-31T00:00:00Z.");
    }
  }

  public static <E extends Enum<E>> E enumValue(JsonObject body, String key, Class<E> type) {
    String value = string(body, key);
    return value == null ? null : parseEnum(value, key, type);
  }

  public static <E extends Enum<E>> E parseEnum(String value, String key, Class<E> type) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      StringBuilder known = new StringBuilder();
      for (E constant : type.getEnumConstants()) {
        known.append(known.length() == 0 ? "" : ", ").append(constant.name());
      }
      throw new ValidationException("'" + key + "' must be one of " + known + ".");
    }
  }

  public static UUID uuid(String value, String what) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new dev.roster.domain.common.NotFoundException("No " + what + " " + value + ".");
    }
  }

  public static JsonObjectBuilder put(JsonObjectBuilder b, String key, Object value) {
    if (value == null) {
      return b.addNull(key);
    }
    if (value instanceof Boolean v) {
      return b.add(key, v);
    }
    if (value instanceof Integer v) {
      return b.add(key, v);
    }
    if (value instanceof Long v) {
      return b.add(key, v);
    }
    if (value instanceof JsonValue v) {
      return b.add(key, v);
    }
    if (value instanceof JsonObjectBuilder v) {
      return b.add(key, v);
    }
    if (value instanceof JsonArrayBuilder v) {
      return b.add(key, v);
    }
    if (value instanceof Collection<?> values) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      values.forEach(v -> array.add(String.valueOf(v)));
      return b.add(key, array);
    }
    return b.add(key, value.toString());
  }

  public static JsonObjectBuilder object(Object... keyValues) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (int i = 0; i < keyValues.length; i += 2) {
      put(b, (String) keyValues[i], keyValues[i + 1]);
    }
    return b;
  }
}
