package dev.roster.persistence.scim;

import java.util.LinkedHashMap;
import java.util.Map;

/** Bound parameters of a generated query: {@link #bind(Object)} returns the placeholder. */
final class SqlParams {
  private final Map<String, Object> values = new LinkedHashMap<>();

  String bind(Object value) {
    String name = "p" + (values.size() + 1);
    values.put(name, value);
    return ":" + name;
  }

  /** These parameters and room for more, numbered on from here, for a longer statement. */
  SqlParams copy() {
    SqlParams copy = new SqlParams();
    copy.values.putAll(values);
    return copy;
  }

  Map<String, Object> values() {
    return values;
  }
}
