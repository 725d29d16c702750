package dev.roster.application.scim.bulk;

import dev.roster.application.common.Actor;
import dev.roster.application.scim.ScimGroupService;
import dev.roster.application.scim.ScimResource;
import dev.roster.application.scim.ScimUserService;
import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.path.InvalidPathException;
import jakarta.json.JsonValue;

/** Runs one operation, its references resolved, through the /Users or /Groups use case. */
final class BulkRunner {
  private final ScimUserService users;
  private final ScimGroupService groups;
  private final Actor actor;
  private final String base;

  BulkRunner(ScimUserService users, ScimGroupService groups, Actor actor, String base) {
    this.users = users;
    this.groups = groups;
    this.actor = actor;
    this.base = base;
  }

  BulkOutcome run(BulkOperation op, BulkReferences refs) {
    String path = refs.resolve(op.path());
    String location = null;
    try {
      Target target = Target.of(path);
      location = target.id() == null ? null : base + "/" + target.type() + "/" + target.id();
      String method = op.method() == null ? "" : op.method();
      if (method.equals("POST") != (target.id() == null)) {
        throw new InvalidPathException(
            "POST goes to /Users or /Groups; PUT, PATCH and DELETE to /Users/{id} or /Groups/{id}.");
      }
      boolean isUser = target.type().equals("Users");
      switch (method) {
        case "POST" -> {
          if (op.bulkId() == null || op.bulkId().isBlank()) {
            throw new InvalidValueException("A POST operation needs a bulkId.");
          }
          ScimResource r =
              isUser
                  ? users.create(actor, data(op, refs), base)
                  : groups.create(actor, data(op, refs), base);
          refs.created(op.bulkId(), r.id());
          return new BulkOutcome(op, BulkOutcome.Result.CREATED, r.location(), r.etag(), null);
        }
        case "PUT" -> {
          ScimResource r =
              isUser
                  ? users.replace(actor, target.id(), data(op, refs), op.version(), base)
                  : groups.replace(actor, target.id(), data(op, refs), op.version(), base);
          return new BulkOutcome(op, BulkOutcome.Result.OK, r.location(), r.etag(), null);
        }
        case "PATCH" -> {
          ScimResource r =
              isUser
                  ? users.patch(actor, target.id(), data(op, refs), op.version(), base)
                  : groups.patch(actor, target.id(), data(op, refs), op.version(), base);
          return new BulkOutcome(op, BulkOutcome.Result.OK, r.location(), r.etag(), null);
        }
        case "DELETE" -> {
          if (isUser) {
            users.delete(actor, target.id(), op.version());
          } else {
            groups.delete(actor, target.id(), op.version());
          }
          return new BulkOutcome(op, BulkOutcome.Result.NO_CONTENT, location, null, null);
        }
        default ->
            throw new InvalidValueException(
                "A bulk operation's method must be POST, PUT, PATCH or DELETE.");
      }
    } catch (RuntimeException e) {
      if (op.bulkId() != null) {
        refs.failed(op.bulkId());
      }
      return BulkOutcome.failed(op, location, e);
    }
  }

  private static String data(BulkOperation op, BulkReferences refs) {
    if (op.data() == null || op.data().getValueType() != JsonValue.ValueType.OBJECT) {
      throw new InvalidValueException("This bulk operation needs 'data': a JSON object.");
    }
    return refs.resolve(op.data()).toString();
  }

  /** {@code /Users}, {@code /Groups/{id}}: the resource type and the id, if any. */
  record Target(String type, String id) {
    static Target of(String path) {
      if (path == null) {
        throw new InvalidPathException("A bulk operation needs a 'path'.");
      }
      String[] parts = path.replaceAll("^/+", "").split("/", -1);
      String type =
          parts[0].equalsIgnoreCase("Users")
              ? "Users"
              : parts[0].equalsIgnoreCase("Groups") ? "Groups" : null;
      if (type == null || parts.length > 2 || (parts.length == 2 && parts[1].isBlank())) {
        throw new InvalidPathException(
            "Bulk paths are /Users, /Groups, /Users/{id} or /Groups/{id}, not '" + path + "'.");
      }
      return new Target(type, parts.length == 2 ? parts[1] : null);
    }
  }
}
