package dev.roster.scim.patch;

import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.error.NoTargetException;
import dev.roster.scim.filter.And;
import dev.roster.scim.filter.CompareOp;
import dev.roster.scim.filter.Comparison;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.model.ScimCanonicalizer;
import dev.roster.scim.schema.AttributeDefinition;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** One PATCH operation on a multi-valued attribute, with or without a value filter. */
final class MultiValuedPatch {
  private final ScimCanonicalizer canon;
  private final Map<String, Object> container;
  private final PatchEngine.Target t;
  private final List<Object> values;

  @SuppressWarnings("unchecked")
  MultiValuedPatch(ScimCanonicalizer canon, Map<String, Object> container, PatchEngine.Target t) {
    this.canon = canon;
    this.container = container;
    this.t = t;
    Object existing = container.get(t.definition().name());
    this.values = existing instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
  }

  void apply(PatchOperation.Op op, JsonValue value) {
    if (t.filter() != null) {
      applyFiltered(op, value);
    } else if (t.sub() != null) {
      for (Object element : values) {
        setSub(element, op, value);
      }
    } else {
      applyWhole(op, value);
    }
    ScimCanonicalizer.onePrimary(values);
    if (values.isEmpty()) {
      container.remove(t.definition().name());
    } else {
      container.put(t.definition().name(), values);
    }
  }

  @SuppressWarnings("unchecked")
  private void applyWhole(PatchOperation.Op op, JsonValue value) {
    String name = t.definition().name();
    if (op == PatchOperation.Op.REMOVE) {
      if (value == null) {
        values.clear();
        return;
      }
      List<Object> gone = asList(canon.value(t.definition(), value, name));
      values.removeIf(v -> gone.stream().anyMatch(g -> sameValue(v, g)));
      return;
    }
    List<Object> incoming = asList(canon.value(t.definition(), value, name));
    if (op == PatchOperation.Op.REPLACE) {
      values.clear();
    } else if (incoming.stream().anyMatch(MultiValuedPatch::isPrimary)) {
      values.forEach(v -> ((Map<String, Object>) v).remove("primary"));
    }
    for (Object v : incoming) {
      if (values.stream().noneMatch(existing -> sameValue(existing, v))) {
        values.add(v);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void applyFiltered(PatchOperation.Op op, JsonValue value) {
    List<Object> matched = new ArrayList<>();
    for (Object element : values) {
      if (element instanceof Map<?, ?> m
          && ValueFilterMatcher.matches(t.filter(), (Map<String, Object>) m)) {
        matched.add(element);
      }
    }
    if (matched.isEmpty()) {
      if (op == PatchOperation.Op.REMOVE) {
        return;
      }
      Map<String, Object> created = fromEqualities(t.filter());
      values.add(created);
      matched.add(created);
    }
    if (t.sub() != null) {
      for (Object element : matched) {
        setSub(element, op, value);
      }
      return;
    }
    if (op == PatchOperation.Op.REMOVE) {
      values.removeIf(v -> matched.stream().anyMatch(m -> m == v));
      return;
    }
    Object replacement = canon.single(t.definition(), value, t.definition().name());
    if (!(replacement instanceof Map<?, ?> r)) {
      throw new InvalidValueException("'" + t.definition().name() + "' needs an object value.");
    }
    for (Object element : matched) {
      ((Map<String, Object>) element).putAll((Map<String, Object>) r);
    }
  }

  @SuppressWarnings("unchecked")
  private void setSub(Object element, PatchOperation.Op op, JsonValue value) {
    Map<String, Object> map = (Map<String, Object>) element;
    String path = t.definition().name() + "." + t.sub().name();
    Object v = op == PatchOperation.Op.REMOVE ? null : canon.single(t.sub(), value, path);
    if (v == null) {
      map.remove(t.sub().name());
    } else {
      if (Boolean.TRUE.equals(v) && t.sub().name().equals("primary")) {
        values.forEach(o -> ((Map<String, Object>) o).remove("primary"));
      }
      map.put(t.sub().name(), v);
    }
  }

  /** A new value built from {@code type eq "work" [and ...]}, or noTarget for other filters. */
  private Map<String, Object> fromEqualities(Filter filter) {
    Map<String, Object> created = new LinkedHashMap<>();
    collect(filter, created);
    return created;
  }

  private void collect(Filter filter, Map<String, Object> into) {
    if (filter instanceof And and) {
      collect(and.left(), into);
      collect(and.right(), into);
      return;
    }
    if (filter instanceof Comparison c && c.op() == CompareOp.EQ) {
      String name =
          c.path().subAttribute() != null ? c.path().subAttribute() : c.path().attribute();
      AttributeDefinition sub = t.definition().sub(name).orElse(null);
      if (sub != null && c.value().javaValue() != null) {
        Object value = c.value().javaValue();
        JsonValue json = dev.roster.scim.model.JsonTree.toJson(value);
        into.put(sub.name(), canon.single(sub, json, t.definition().name() + "." + sub.name()));
        return;
      }
    }
    throw new NoTargetException(
        "No value of '" + t.definition().name() + "' matches the filter of the path.");
  }

  private static List<Object> asList(Object value) {
    if (value == null) {
      return List.of();
    }
    return value instanceof List<?> l ? new ArrayList<>(l) : List.of(value);
  }

  private static boolean isPrimary(Object v) {
    return v instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("primary"));
  }

  /** Two values are the same when their 'value' matches (ignoring case), or when equal. */
  private static boolean sameValue(Object a, Object b) {
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      Object va = ma.get("value");
      Object vb = mb.get("value");
      if (va != null && vb != null) {
        return va.toString().toLowerCase(Locale.ROOT).equals(vb.toString().toLowerCase(Locale.ROOT))
            && (mb.get("type") == null || Objects.equals(ma.get("type"), mb.get("type")));
      }
    }
    return Objects.equals(a, b);
  }
}
