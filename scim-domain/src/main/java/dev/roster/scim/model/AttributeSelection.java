package dev.roster.scim.model;

import dev.roster.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code attributes} / {@code excludedAttributes} parameters (RFC 7644 §3.4.2.5): which
 * attributes a response carries. {@code id} and {@code schemas} are always returned.
 */
public final class AttributeSelection {
  private static final Set<String> ALWAYS = Set.of("id", "schemas");
  public static final AttributeSelection ALL = new AttributeSelection(List.of(), List.of());

  private final List<String> attributes;
  private final List<String> excluded;

  private AttributeSelection(List<String> attributes, List<String> excluded) {
    this.attributes = attributes;
    this.excluded = excluded;
  }

  public static AttributeSelection of(String attributes, String excludedAttributes) {
    return new AttributeSelection(split(attributes), split(excludedAttributes));
  }

  private static List<String> split(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(","))
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Whether the top-level attribute {@code name} (e.g. members, groups) will be returned. */
  public boolean includes(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (excluded.contains(n)) {
      return false;
    }
    return attributes.isEmpty() || attributes.stream().anyMatch(a -> covers(a, n));
  }

  private static boolean covers(String requested, String name) {
    String bare = stripUrn(requested);
    return bare.equals(name) || bare.startsWith(name + ".") || requested.equals(name);
  }

  private static String stripUrn(String path) {
    if (!path.startsWith("urn:")) {
      return path;
    }
    return path.substring(path.lastIndexOf(':') + 1);
  }

  public JsonObject apply(JsonObject resource) {
    if (attributes.isEmpty() && excluded.isEmpty()) {
      return resource;
    }
    JsonObjectBuilder out = Json.createObjectBuilder();
    for (var e : resource.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      if (ALWAYS.contains(key)) {
        out.add(e.getKey(), e.getValue());
      } else if (key.startsWith("urn:") && e.getValue() instanceof JsonObject ext) {
        JsonObject kept = select(ext, key + ":");
        if (!kept.isEmpty()) {
          out.add(e.getKey(), kept);
        }
      } else {
        JsonValue kept = selectAttribute(key, e.getValue(), "");
        if (kept != null) {
          out.add(e.getKey(), kept);
        }
      }
    }
    return out.build();
  }

  private JsonObject select(JsonObject ext, String prefix) {
    JsonObjectBuilder out = Json.createObjectBuilder();
    for (var e : ext.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      JsonValue kept = selectAttribute(key, e.getValue(), prefix);
      if (kept != null) {
        out.add(e.getKey(), kept);
      }
    }
    return out.build();
  }

  private JsonValue selectAttribute(String key, JsonValue value, String prefix) {
    String full = prefix + key;
    if (excluded.contains(full) || excluded.contains(key)) {
      return null;
    }
    if (attributes.isEmpty()) {
      return value;
    }
    if (attributes.contains(full) || attributes.contains(key)) {
      return value;
    }
    List<String> subs =
        attributes.stream()
            .filter(a -> a.startsWith(full + ".") || (prefix.isEmpty() && a.startsWith(key + ".")))
            .map(a -> a.substring(a.indexOf('.', prefix.length()) + 1))
            .toList();
    if (subs.isEmpty()) {
      return null;
    }
    if (value instanceof JsonObject o) {
      return only(o, subs);
    }
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      var array = Json.createArrayBuilder();
      value.asJsonArray().forEach(v -> array.add(v instanceof JsonObject o ? only(o, subs) : v));
      return array.build();
    }
    return value;
  }

  private static JsonObject only(JsonObject o, List<String> subs) {
    JsonObjectBuilder out = Json.createObjectBuilder();
    o.forEach(
        (k, v) -> {
          if (subs.contains(k.toLowerCase(Locale.ROOT))) {
            out.add(k, v);
          }
        });
    return out.build();
  }
}
