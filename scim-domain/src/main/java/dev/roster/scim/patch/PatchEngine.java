package dev.roster.scim.patch;

import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.error.MutabilityException;
import dev.roster.scim.error.NoTargetException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.model.JsonTree;
import dev.roster.scim.model.ScimCanonicalizer;
import dev.roster.scim.path.InvalidPathException;
import dev.roster.scim.path.PatchPath;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.AttributeType;
import dev.roster.scim.schema.SchemaDefinition;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a resource's canonical tree. Works on a copy and
 * returns it, so a failing operation leaves the original untouched (all or nothing).
 */
public final class PatchEngine {
  private final ScimCanonicalizer canon;

  public PatchEngine(ScimCanonicalizer canon) {
    this.canon = canon;
  }

  public Map<String, Object> apply(Map<String, Object> resource, List<PatchOperation> operations) {
    Map<String, Object> result = JsonTree.copy(resource);
    for (PatchOperation operation : operations) {
      apply(result, operation);
    }
    return result;
  }

  /**
   * Checks what can be checked without the resource: every path names a known, writable attribute,
   * and each operation has what its kind needs. Run before the resource is loaded, so a malformed
   * request is a 400 whether or not the resource exists.
   */
  public void validate(List<PatchOperation> operations) {
    for (PatchOperation op : operations) {
      if (!op.hasPath()) {
        if (op.op() == PatchOperation.Op.REMOVE) {
          throw new NoTargetException("A 'remove' operation needs a 'path'.");
        }
        forEachMember(op, (key, value) -> validatePathless(key, value));
        continue;
      }
      Optional<SchemaDefinition> extension = canon.type().extension(op.path());
      if (extension.isPresent()) {
        if (op.op() != PatchOperation.Op.REMOVE) {
          forEachMember(op, (k, v) -> target(extension.get(), k));
        }
        continue;
      }
      target(PatchPath.parse(op.path()));
      if (op.op() != PatchOperation.Op.REMOVE
          && (op.value() == null || op.value().getValueType() == JsonValue.ValueType.NULL)) {
        throw new InvalidValueException(
            "An '" + op.op().name().toLowerCase() + "' operation needs a 'value'.");
      }
    }
  }

  private void validatePathless(String key, JsonValue value) {
    Optional<SchemaDefinition> extension = canon.type().extension(key);
    if (extension.isPresent()) {
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidValueException("'" + key + "' must be a JSON object.");
      }
      value.asJsonObject().keySet().forEach(k -> target(extension.get(), k));
      return;
    }
    PatchPath path = PatchPath.parse(key);
    if (!readOnly(path)) {
      target(path);
    }
  }

  private void apply(Map<String, Object> root, PatchOperation op) {
    if (!op.hasPath()) {
      applyPathless(root, op);
      return;
    }
    Optional<SchemaDefinition> extension = canon.type().extension(op.path());
    if (extension.isPresent()) {
      if (op.op() == PatchOperation.Op.REMOVE) {
        root.remove(extension.get().id());
        return;
      }
      forEachMember(op, (k, v) -> applyPath(root, op.op(), target(extension.get(), k), v));
      return;
    }
    applyPath(root, op.op(), target(PatchPath.parse(op.path())), op.value());
  }

  private void applyPathless(Map<String, Object> root, PatchOperation op) {
    if (op.op() == PatchOperation.Op.REMOVE) {
      throw new NoTargetException("A 'remove' operation needs a 'path'.");
    }
    forEachMember(
        op,
        (key, value) -> {
          Optional<SchemaDefinition> extension = canon.type().extension(key);
          if (extension.isPresent()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
              throw new InvalidValueException("'" + key + "' must be a JSON object.");
            }
            value
                .asJsonObject()
                .forEach((k, v) -> applyPath(root, op.op(), target(extension.get(), k), v));
          } else {
            PatchPath path = PatchPath.parse(key);
            if (!readOnly(path)) {
              applyPath(root, op.op(), target(path), value);
            }
          }
        });
  }

  private static void forEachMember(
      PatchOperation op, java.util.function.BiConsumer<String, JsonValue> action) {
    if (!op.hasValue() || op.value().getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidValueException(
          "An '" + op.op().name().toLowerCase() + "' without a path needs an object 'value'.");
    }
    op.value().asJsonObject().forEach(action);
  }

  /** What a path designates: schema, attribute, optional value filter and sub-attribute. */
  record Target(
      SchemaDefinition schema,
      AttributeDefinition definition,
      Filter filter,
      AttributeDefinition sub) {}

  private Target target(SchemaDefinition schema, String name) {
    PatchPath parsed = PatchPath.parse(name);
    AttributePath a = parsed.attribute();
    return target(
        new PatchPath(
            new AttributePath(schema.id(), a.attribute(), a.subAttribute()),
            parsed.valueFilter(),
            parsed.subAttribute()));
  }

  /** Read-only attributes in a path-less value (an echoed id or meta) are ignored. */
  private boolean readOnly(PatchPath path) {
    AttributePath a = path.attribute();
    return schema(a)
        .flatMap(schema -> canon.attribute(schema, a.attribute()))
        .map(AttributeDefinition::readOnly)
        .orElse(false);
  }

  /** The schema a path names, or for a path without a URN the one that defines its attribute. */
  private Optional<SchemaDefinition> schema(AttributePath a) {
    return a.schemaUrn() == null
        ? Optional.of(canon.schemaOf(a.attribute()))
        : canon.type().schema(a.schemaUrn());
  }

  Target target(PatchPath path) {
    AttributePath a = path.attribute();
    SchemaDefinition schema =
        schema(a).orElseThrow(() -> new InvalidPathException("Unknown schema " + a.schemaUrn()));
    AttributeDefinition def =
        canon
            .attribute(schema, a.attribute())
            .orElseThrow(
                () -> new InvalidPathException("Unknown attribute '" + a.fullName() + "'."));
    String subName = a.subAttribute() != null ? a.subAttribute() : path.subAttribute();
    AttributeDefinition sub = null;
    if (subName != null) {
      sub =
          def.sub(subName)
              .orElseThrow(
                  () ->
                      new InvalidPathException(
                          "Unknown sub-attribute '" + subName + "' of '" + def.name() + "'."));
    }
    if (def.readOnly() || (sub != null && sub.readOnly())) {
      throw new MutabilityException("'" + a.fullName() + "' is read-only.");
    }
    if (path.valueFilter() != null && (!def.multiValued() || def.type() != AttributeType.COMPLEX)) {
      throw new InvalidPathException(
          "A value filter needs a multi-valued complex attribute; '" + def.name() + "' is not.");
    }
    return new Target(schema, def, path.valueFilter(), sub);
  }

  private void applyPath(
      Map<String, Object> root, PatchOperation.Op op, Target t, JsonValue value) {
    boolean hasValue = value != null && value.getValueType() != JsonValue.ValueType.NULL;
    if (op != PatchOperation.Op.REMOVE && !hasValue && op == PatchOperation.Op.ADD) {
      throw new InvalidValueException("An 'add' operation needs a 'value'.");
    }
    Map<String, Object> container = canon.container(root, t.schema, true);
    if (t.definition.multiValued()) {
      new MultiValuedPatch(canon, container, t).apply(op, hasValue ? value : null);
    } else if (t.sub != null) {
      applySub(container, op, t, value);
    } else {
      applySingle(container, op, t, value);
    }
    if (container != root && container.isEmpty()) {
      root.remove(t.schema.id());
    }
  }

  @SuppressWarnings("unchecked")
  private void applySingle(
      Map<String, Object> container, PatchOperation.Op op, Target t, JsonValue value) {
    String name = t.definition.name();
    if (op == PatchOperation.Op.REMOVE) {
      container.remove(name);
      return;
    }
    Object v = canon.value(t.definition, value, name);
    Object existing = container.get(name);
    if (v instanceof Map<?, ?> m && existing instanceof Map<?, ?> old && !m.containsKey("value")) {
      ((Map<String, Object>) old).putAll((Map<String, Object>) m);
    } else if (v == null) {
      container.remove(name);
    } else {
      container.put(name, v);
    }
  }

  @SuppressWarnings("unchecked")
  private void applySub(
      Map<String, Object> container, PatchOperation.Op op, Target t, JsonValue value) {
    String name = t.definition.name();
    Object existing = container.get(name);
    Map<String, Object> object =
        existing instanceof Map<?, ?> m ? (Map<String, Object>) m : new java.util.LinkedHashMap<>();
    Object v =
        op == PatchOperation.Op.REMOVE
            ? null
            : canon.single(t.sub, value, name + "." + t.sub.name());
    if (v == null) {
      object.remove(t.sub.name());
    } else {
      object.put(t.sub.name(), v);
    }
    if (object.isEmpty() || "".equals(object.get("value"))) {
      container.remove(name);
    } else {
      container.put(name, object);
    }
  }
}
