package dev.roster.application.admin;

import dev.roster.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * A user as the admin API lists it: {@code id, userName, email, displayName, role (its display
 * name), status, scimManaged}, nulls written out. The admin API and the change events both start
 * from it; the set-based event SQL ({@code UserEventSql}) writes the same object, and {@code
 * UserEventSqlIT} checks that the two agree.
 */
public final class UserJson {
  private UserJson() {}

  public static JsonObjectBuilder summary(UserView u) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("id", u.id().toString());
    text(b, "userName", u.userName());
    text(b, "email", u.email());
    text(b, "displayName", u.displayName());
    return b.add("role", u.role().displayName())
        .add("status", u.status().name())
        .add("scimManaged", u.scimManaged());
  }

  private static void text(JsonObjectBuilder b, String key, String value) {
    if (value == null) {
      b.addNull(key);
    } else {
      b.add(key, value);
    }
  }
}
