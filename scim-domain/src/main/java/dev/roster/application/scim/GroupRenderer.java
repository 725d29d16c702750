package dev.roster.application.scim;

import dev.roster.domain.group.Group;
import dev.roster.domain.group.GroupRepository.Member;
import dev.roster.json.Json;
import dev.roster.scim.model.Meta;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** Renders a group as a SCIM Group resource; members only when they were loaded. */
final class GroupRenderer {
  private GroupRenderer() {}

  static Meta meta(Group g, String base) {
    return new Meta(
        "Group", g.createdAt(), g.lastModifiedAt(), base + "/Groups/" + g.id(), g.version());
  }

  static JsonObject render(Group g, List<Member> members, String base) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("schemas", Json.createArrayBuilder().add(ScimSchemas.GROUP))
            .add("id", g.id().toString());
    if (g.externalId() != null) {
      b.add("externalId", g.externalId());
    }
    b.add("displayName", g.displayName());
    if (members != null && !members.isEmpty()) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      for (Member m : members) {
        JsonObjectBuilder member =
            Json.createObjectBuilder()
                .add("value", m.userId().toString())
                .add("$ref", base + "/Users/" + m.userId())
                .add("type", "User");
        if (m.display() != null) {
          member.add("display", m.display());
        }
        array.add(member);
      }
      b.add("members", array);
    }
    return b.add("meta", meta(g, base).toJson()).build();
  }
}
