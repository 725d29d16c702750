package dev.roster.scim.model;

import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.SchemaDefinition;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns client JSON into the canonical tree: attribute names in their schema's spelling whatever
 * case the client used, values of the declared type ("True" becomes true), extension attributes
 * under their schema URN, read-only and unknown attributes dropped, empty values removed. Wrong
 * types are rejected with {@link InvalidValueException}. Entra's app roles sent as JSON strings are
 * read as the roles they describe ({@link EmbeddedRoleJson}).
 */
public final class ScimCanonicalizer {
  private static final String ROLES = "roles";
  private final ResourceTypeDefinition type;

  public ScimCanonicalizer(ResourceTypeDefinition type) {
    this.type = type;
  }

  /** The canonical tree of a POST or PUT body. The {@code password}, if any, is kept. */
  public Map<String, Object> resource(JsonObject body) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : body.entrySet()) {
      String key = e.getKey();
      Optional<SchemaDefinition> extension = type.extension(key);
      if (extension.isPresent()) {
        if (e.getValue().getValueType() == JsonValue.ValueType.NULL) {
          continue;
        }
        if (e.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
          throw new InvalidValueException("'" + key + "' must be a JSON object.");
        }
        e.getValue().asJsonObject().forEach((k, v) -> put(out, extension.get(), k, v));
        continue;
      }
      Optional<ResourceTypeDefinition.Qualified> qualified = type.qualified(key);
      if (qualified.isPresent()) {
        put(out, qualified.get().schema(), qualified.get().rest(), e.getValue());
      } else {
        put(out, type.schema(), key, e.getValue());
      }
    }
    return out;
  }

  private void put(Map<String, Object> out, SchemaDefinition schema, String name, JsonValue v) {
    Optional<AttributeDefinition> def = attribute(schema, name);
    if (def.isEmpty() || def.get().readOnly()) {
      return;
    }
    Object value = value(def.get(), v, def.get().name());
    // An unassigned extension attribute leaves no empty extension object behind.
    Map<String, Object> target = container(out, schema, value != null);
    if (value == null) {
      target.remove(def.get().name());
    } else {
      target.put(def.get().name(), value);
    }
  }

  /** The attribute of {@code schema} (or a common one for the core schema), in any case. */
  public Optional<AttributeDefinition> attribute(SchemaDefinition schema, String name) {
    Optional<AttributeDefinition> found = schema.attribute(name);
    if (found.isEmpty() && schema == type.schema()) {
      String lower = name.toLowerCase(Locale.ROOT);
      found = ScimSchemas.COMMON.stream().filter(a -> a.name().equalsIgnoreCase(lower)).findFirst();
    }
    return found;
  }

  /**
   * The schema of an attribute named without a URN: the core schema when it (or a common attribute)
   * has that name, else the first extension that has it, as Entra without its SCIM compliance flag
   * PATCHes the enterprise {@code manager} with the path {@code manager}. The core schema when none
   * has it, so that the caller reports the unknown attribute.
   */
  public SchemaDefinition schemaOf(String attribute) {
    if (attribute(type.schema(), attribute).isPresent()) {
      return type.schema();
    }
    return type.extensions().stream()
        .filter(e -> e.attribute(attribute).isPresent())
        .findFirst()
        .orElse(type.schema());
  }

  /** Where attributes of {@code schema} live: the root, or the object under an extension URN. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> container(
      Map<String, Object> root, SchemaDefinition schema, boolean create) {
    if (schema == type.schema()) {
      return root;
    }
    Object existing = root.get(schema.id());
    if (existing instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    if (create) {
      root.put(schema.id(), created);
    }
    return created;
  }

  public ResourceTypeDefinition type() {
    return type;
  }

  /** A canonical value for {@code def}; null means unassigned. */
  public Object value(AttributeDefinition def, JsonValue v, String path) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (def.multiValued()) {
      List<Object> list = new ArrayList<>();
      if (v.getValueType() == JsonValue.ValueType.ARRAY) {
        v.asJsonArray().forEach(item -> addIfSet(list, single(def, item, path)));
      } else if (v.getValueType() == JsonValue.ValueType.OBJECT) {
        addIfSet(list, single(def, v, path));
      } else {
        throw new InvalidValueException("'" + path + "' is multi-valued: send a JSON array.");
      }
      onePrimary(list);
      return list.isEmpty() ? null : list;
    }
    if (v.getValueType() == JsonValue.ValueType.ARRAY && def.type() != null) {
      var array = v.asJsonArray();
      if (array.isEmpty()) {
        return null;
      }
      if (array.size() == 1) {
        return single(def, array.get(0), path);
      }
      throw new InvalidValueException("'" + path + "' takes a single value, not an array.");
    }
    return single(def, v, path);
  }

  private static void addIfSet(List<Object> list, Object value) {
    if (value != null) {
      list.add(value);
    }
  }

  /** One value of a (possibly multi-valued) attribute. */
  public Object single(AttributeDefinition def, JsonValue v, String path) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return switch (def.type()) {
      case COMPLEX -> complex(def, v, path);
      case BOOLEAN -> bool(v, path);
      case INTEGER -> integer(v, path);
      case DECIMAL -> decimal(v, path);
      case DATE_TIME -> dateTime(v, path);
      default -> text(v, path);
    };
  }

  private Object complex(AttributeDefinition def, JsonValue v, String path) {
    Object value = complexValue(def, v, path);
    // Here, not in PATCH or the services, so that POST, PUT, PATCH and Bulk all read it alike.
    if (value instanceof Map<?, ?> m && ROLES.equals(def.name()) && def.multiValued()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> role = (Map<String, Object>) m;
      return EmbeddedRoleJson.unwrap(role);
    }
    return value;
  }

  private Object complexValue(AttributeDefinition def, JsonValue v, String path) {
    if (v.getValueType() != JsonValue.ValueType.OBJECT) {
      // A bare value stands for {"value": ...}: members as ids, and Entra's enterprise
      // manager, which it sends as the manager's id.
      if (def.sub("value").isPresent() && v.getValueType() != JsonValue.ValueType.ARRAY) {
        Map<String, Object> wrapped = new LinkedHashMap<>();
        Object value = single(def.sub("value").get(), v, path + ".value");
        if (value == null || (!def.multiValued() && "".equals(value))) {
          return null;
        }
        wrapped.put("value", value);
        return wrapped;
      }
      throw new InvalidValueException("'" + path + "' must be a JSON object.");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : v.asJsonObject().entrySet()) {
      Optional<AttributeDefinition> sub = def.sub(e.getKey());
      if (sub.isEmpty() || sub.get().readOnly()) {
        continue;
      }
      Object value = single(sub.get(), e.getValue(), path + "." + sub.get().name());
      if (value != null) {
        out.put(sub.get().name(), value);
      }
    }
    if (!def.multiValued() && "".equals(out.get("value"))) {
      return null;
    }
    return out.isEmpty() ? null : out;
  }

  private static Boolean bool(JsonValue v, String path) {
    switch (v.getValueType()) {
      case TRUE:
        return true;
      case FALSE:
        return false;
      case STRING:
        String s = ((JsonString) v).getString().strip();
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
          return Boolean.parseBoolean(s.toLowerCase(Locale.ROOT));
        }
        break;
      default:
        break;
    }
    throw new InvalidValueException("'" + path + "' must be a boolean (true or false).");
  }

  private static Long integer(JsonValue v, String path) {
    try {
      if (v instanceof JsonNumber n && n.isIntegral()) {
        return n.longValueExact();
      }
      if (v instanceof JsonString s) {
        return Long.parseLong(s.getString().strip());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      // reported below
    }
    throw new InvalidValueException("'" + path + "' must be an integer.");
  }

  private static BigDecimal decimal(JsonValue v, String path) {
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    throw new InvalidValueException("'" + path + "' must be a number.");
  }

  private static String dateTime(JsonValue v, String path) {
    if (v instanceof JsonString s) {
      try {
        return OffsetDateTime.parse(s.getString()).toInstant().toString();
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw new InvalidValueException("'" + path + "' must be an xsd:dateTime string.");
  }

  /**
   * A string (or reference, binary) value. A JSON number is kept as its text, as IdPs send numeric
   * employee or phone numbers unquoted; a boolean is no string (RFC 7643 §2.3.1) and is refused.
   */
  private static String text(JsonValue v, String path) {
    return switch (v.getValueType()) {
      case STRING -> ((JsonString) v).getString();
      case NUMBER -> v.toString();
      default -> throw new InvalidValueException("'" + path + "' must be a string.");
    };
  }

  /** At most one value may be primary (RFC 7643 §2.4); later ones lose the flag. */
  @SuppressWarnings("unchecked")
  public static void onePrimary(List<Object> values) {
    boolean seen = false;
    for (Object o : values) {
      if (o instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("primary"))) {
        if (seen) {
          ((Map<String, Object>) m).put("primary", false);
        }
        seen = true;
      }
    }
  }
}
