package dev.roster.scim.patch;

import dev.roster.json.Json;
import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.filter.CompareOp;
import dev.roster.scim.filter.Comparison;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.filter.Or;
import dev.roster.scim.path.InvalidPathException;
import dev.roster.scim.path.PatchPath;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Group PATCH into member changes (executed as membership rows) and the operations on the
 * group's own attributes (applied with {@link PatchEngine}).
 */
public record GroupPatchPlan(List<PatchOperation> attributeOperations, List<MemberChange> members) {

  public static GroupPatchPlan of(List<PatchOperation> operations) {
    List<PatchOperation> attributes = new ArrayList<>();
    List<MemberChange> members = new ArrayList<>();
    for (PatchOperation op : operations) {
      if (!op.hasPath()) {
        splitPathless(op, attributes, members);
        continue;
      }
      PatchPath path = PatchPath.parse(op.path());
      if (!isMembers(path)) {
        attributes.add(op);
      } else if (path.valueFilter() != null || path.attribute().subAttribute() != null) {
        if (op.op() != PatchOperation.Op.REMOVE || path.subAttribute() != null) {
          throw new InvalidPathException(
              "Only 'remove' supports a filter on members, as in members[value eq \"id\"].");
        }
        members.add(new MemberChange(MemberChange.Kind.REMOVE, idsOf(path.valueFilter())));
      } else {
        members.add(memberChange(op.op(), op.value()));
      }
    }
    return new GroupPatchPlan(attributes, members);
  }

  private static void splitPathless(
      PatchOperation op, List<PatchOperation> attributes, List<MemberChange> members) {
    if (!op.hasValue() || op.value().getValueType() != JsonValue.ValueType.OBJECT) {
      attributes.add(op);
      return;
    }
    JsonObjectBuilder rest = Json.createObjectBuilder();
    op.value()
        .asJsonObject()
        .forEach(
            (k, v) -> {
              if (k.equalsIgnoreCase("members")) {
                members.add(memberChange(op.op(), v));
              } else {
                rest.add(k, v);
              }
            });
    var remaining = rest.build();
    if (!remaining.isEmpty()) {
      attributes.add(new PatchOperation(op.op(), null, remaining));
    }
  }

  private static boolean isMembers(PatchPath path) {
    String urn = path.attribute().schemaUrn();
    return path.attribute().attribute().equalsIgnoreCase("members")
        && (urn == null || urn.equalsIgnoreCase(ScimSchemas.GROUP));
  }

  private static MemberChange memberChange(PatchOperation.Op op, JsonValue value) {
    boolean hasValue = value != null && value.getValueType() != JsonValue.ValueType.NULL;
    if (op == PatchOperation.Op.REMOVE && !hasValue) {
      return new MemberChange(MemberChange.Kind.REMOVE_ALL, List.of());
    }
    List<String> ids = hasValue ? idsOf(value) : List.of();
    return new MemberChange(
        switch (op) {
          case ADD -> MemberChange.Kind.ADD;
          case REMOVE -> MemberChange.Kind.REMOVE;
          case REPLACE -> MemberChange.Kind.REPLACE;
        },
        ids);
  }

  private static List<String> idsOf(JsonValue value) {
    List<String> ids = new ArrayList<>();
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(v -> ids.add(idOf(v)));
    } else {
      ids.add(idOf(value));
    }
    return ids;
  }

  private static String idOf(JsonValue member) {
    if (member.getValueType() == JsonValue.ValueType.OBJECT) {
      JsonValue v = PatchRequest.member(member.asJsonObject(), "value");
      if (v instanceof JsonString s) {
        return s.getString().strip();
      }
    }
    if (member instanceof JsonString s) {
      return s.getString().strip();
    }
    throw new InvalidValueException("Each member must be an object with a string 'value'.");
  }

  private static List<String> idsOf(Filter filter) {
    List<String> ids = new ArrayList<>();
    collect(filter, ids);
    return ids;
  }

  private static void collect(Filter filter, List<String> ids) {
    if (filter instanceof Or or) {
      collect(or.left(), ids);
      collect(or.right(), ids);
    } else if (filter instanceof Comparison c
        && c.op() == CompareOp.EQ
        && c.path().attribute().equalsIgnoreCase("value")
        && c.value().javaValue() != null) {
      ids.add(c.value().javaValue().toString());
    } else {
      throw new InvalidPathException(
          "A members filter may only compare 'value' with eq, joined by or.");
    }
  }
}
