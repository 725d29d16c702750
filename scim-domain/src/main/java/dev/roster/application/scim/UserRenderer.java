package dev.roster.application.scim;

import dev.roster.domain.group.GroupRepository.GroupRef;
import dev.roster.domain.user.User;
import dev.roster.json.Json;
import dev.roster.scim.model.JsonTree;
import dev.roster.scim.model.Meta;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/** Renders a user as a SCIM User resource; the password never appears. */
final class UserRenderer {
  private UserRenderer() {}

  static Meta meta(User u, String base) {
    return new Meta(
        "User", u.createdAt(), u.lastModifiedAt(), base + "/Users/" + u.id(), u.version());
  }

  @SuppressWarnings("unchecked")
  static JsonObject render(User u, List<GroupRef> groups, String base) {
    Map<String, Object> tree = JsonTree.parse(u.scimAttributes());
    JsonArrayBuilder schemas = Json.createArrayBuilder().add(ScimSchemas.USER);
    Object enterprise = tree.get(ScimSchemas.ENTERPRISE_USER);
    if (enterprise instanceof Map<?, ?> ext) {
      schemas.add(ScimSchemas.ENTERPRISE_USER);
      if (ext.get("manager") instanceof Map<?, ?> manager && manager.get("value") != null) {
        ((Map<String, Object>) manager).put("$ref", base + "/Users/" + manager.get("value"));
      }
    }
    JsonObjectBuilder b =
        Json.createObjectBuilder().add("schemas", schemas).add("id", u.id().toString());
    if (u.externalId() != null) {
      b.add("externalId", u.externalId());
    }
    b.add("userName", u.userName());
    tree.forEach(
        (k, v) -> {
          if (v != null) {
            b.add(k, JsonTree.toJson(v));
          }
        });
    b.add("active", u.active());
    if (groups != null && !groups.isEmpty()) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      for (GroupRef g : groups) {
        array.add(
            Json.createObjectBuilder()
                .add("value", g.groupId().toString())
                .add("$ref", base + "/Groups/" + g.groupId())
                .add("display", g.displayName())
                .add("type", "direct"));
      }
      b.add("groups", array);
    }
    b.add("meta", meta(u, base).toJson());
    return b.build();
  }
}
