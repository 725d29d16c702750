package dev.roster.application.event;

import dev.roster.application.admin.UserJson;
import dev.roster.application.admin.UserViews;
import dev.roster.application.sso.SsoView;
import dev.roster.domain.group.Group;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.user.User;
import dev.roster.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The {@code data} of each event: the resource under its kind's name ({@code user}, {@code group},
 * {@code organization}, {@code sso}) as the admin API shows it, never a secret, plus what the event
 * adds (changed attribute names, old and new role, mode).
 */
public final class EventData {
  private EventData() {}

  public static JsonObjectBuilder user(User user) {
    return Json.createObjectBuilder().add("user", UserJson.summary(UserViews.summary(user)));
  }

  public static JsonObject group(Group group) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", group.id().toString())
            .add("displayName", group.displayName());
    if (group.externalId() == null) {
      b.addNull("externalId");
    } else {
      b.add("externalId", group.externalId());
    }
    return b.build();
  }

  public static JsonObjectBuilder organization(Organization o) {
    return Json.createObjectBuilder()
        .add(
            "organization",
            Json.createObjectBuilder()
                .add("id", o.id().toString())
                .add("slug", o.slug())
                .add("name", o.name())
                .add("scimEnabled", o.scimEnabled()));
  }

  /** SSO settings as the admin API shows them: whether a client secret is set, never the secret. */
  public static JsonObjectBuilder sso(SsoView sso) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("protocol", sso.protocol())
            .add("clientSecretSet", sso.clientSecretSet())
            .add("active", sso.active());
    nullable(b, "issuer", sso.issuer());
    nullable(b, "clientId", sso.clientId());
    nullable(b, "activatedAt", sso.activatedAt() == null ? null : sso.activatedAt().toString());
    return Json.createObjectBuilder().add("sso", b);
  }

  private static void nullable(JsonObjectBuilder b, String key, String value) {
    if (value == null) {
      b.addNull(key);
    } else {
      b.add(key, value);
    }
  }
}
