package dev.roster.application.scim.bulk;

import dev.roster.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code bulkId:xyz} references of one bulk request: which operations each one waits for, and
 * their replacement by the ids of the resources created, in paths and anywhere in the data (a group
 * member's value, a PATCH path such as {@code members[value eq "bulkId:xyz"]}).
 */
final class BulkReferences {
  private static final Pattern REFERENCE = Pattern.compile("bulkId:([A-Za-z0-9._~-]+)");

  private final Map<String, UUID> created = new HashMap<>();
  private final Set<String> failed = new HashSet<>();

  /** The bulkIds an operation refers to. */
  static Set<String> referencedBy(BulkOperation op) {
    Set<String> refs = new LinkedHashSet<>();
    collect(op.path(), refs);
    collect(op.data(), refs);
    return refs;
  }

  void created(String bulkId, UUID id) {
    created.put(bulkId, id);
  }

  void failed(String bulkId) {
    failed.add(bulkId);
  }

  boolean isFailed(String bulkId) {
    return failed.contains(bulkId);
  }

  boolean isResolved(String bulkId) {
    return created.containsKey(bulkId);
  }

  String resolve(String text) {
    if (text == null || !text.contains("bulkId:")) {
      return text;
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      UUID id = created.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(id == null ? m.group() : id.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  JsonValue resolve(JsonValue value) {
    if (value == null) {
      return null;
    }
    switch (value.getValueType()) {
      case STRING -> {
        String text = ((JsonString) value).getString();
        String resolved = resolve(text);
        return resolved.equals(text) ? value : Json.createValue(resolved);
      }
      case OBJECT -> {
        JsonObjectBuilder b = Json.createObjectBuilder();
        value.asJsonObject().forEach((k, v) -> b.add(k, resolve(v)));
        return b.build();
      }
      case ARRAY -> {
        JsonArrayBuilder b = Json.createArrayBuilder();
        value.asJsonArray().forEach(v -> b.add(resolve(v)));
        return b.build();
      }
      default -> {
        return value;
      }
    }
  }

  private static void collect(String text, Set<String> refs) {
    if (text != null && text.contains("bulkId:")) {
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        refs.add(m.group(1));
      }
    }
  }

  private static void collect(JsonValue value, Set<String> refs) {
    if (value == null) {
      return;
    }
    switch (value.getValueType()) {
      case STRING -> collect(((JsonString) value).getString(), refs);
      case OBJECT -> value.asJsonObject().values().forEach(v -> collect(v, refs));
      case ARRAY -> value.asJsonArray().forEach(v -> collect(v, refs));
      default -> {}
    }
  }
}
