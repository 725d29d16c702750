package dev.roster.it;

import static dev.roster.it.ScimClient.patchOps;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Request sequences as Okta and Microsoft Entra ID send them. */
class IdpSequencesIT extends RosterDeployment {

  private static String filter(String f) {
    return "?filter=" + URLEncoder.encode(f, StandardCharsets.UTF_8);
  }

  @Test
  void oktaLifecycle() {
    ScimClient okta = ScimClient.newTenant();
    Http.Response lookup =
        okta.get(
            "/Users" + filter("userName eq \"jane@okta.example\"") + "&startIndex=1&count=100");
    assertThat(lookup.json().getInt("totalResults")).isZero();

    Http.Response created =
        okta.post(
            "/Users",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "userName":"jane@okta.example","name":{"givenName":"Jane","familyName":"Doe"},
             "emails":[{"primary":true,"value":"jane@okta.example","type":"work"}],
             "displayName":"Jane Doe","locale":"en-US","externalId":"00u1",
             "groups":[],"password":"Okta-Temp-Pass-1","active":true}
            """);
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().getString("id");

    Http.Response update =
        okta.put(
            "/Users/" + id,
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "id":"%s","userName":"jane@okta.example","name":{"givenName":"Janet","familyName":"Doe"},
             "emails":[{"primary":true,"value":"jane@okta.example","type":"work"}],
             "displayName":"Janet Doe","active":true,"groups":[],"meta":{"resourceType":"User"}}
            """
                .formatted(id));
    assertThat(update.status()).isEqualTo(200);
    assertThat(update.json().getJsonObject("name").getString("givenName")).isEqualTo("Janet");

    Http.Response deactivate =
        okta.patch("/Users/" + id, patchOps("[{\"op\":\"replace\",\"value\":{\"active\":false}}]"));
    assertThat(deactivate.json().getBoolean("active")).isFalse();
    assertThat(ScimUsersIT.stored(id, "status")).isEqualTo("INACTIVE");

    Http.Response group =
        okta.post(
            "/Groups",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Okta Team\",\"members\":[]}");
    String gid = group.json().getString("id");
    Http.Response push =
        okta.patch(
            "/Groups/" + gid,
            patchOps(
                "[{\"op\":\"replace\",\"value\":{\"id\":\""
                    + gid
                    + "\",\"displayName\":\"Okta Team\"}},"
                    + "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                    + id
                    + "\",\"display\":\"jane@okta.example\"}]}]"));
    assertThat(push.status()).isEqualTo(204);
    assertThat(okta.get("/Users/" + id).json().getJsonArray("groups")).hasSize(1);
  }

  @Test
  void entraLifecycle() {
    ScimClient entra = ScimClient.newTenant();
    String probe = java.util.UUID.randomUUID().toString();
    assertThat(
            entra
                .get("/Users" + filter("userName eq \"" + probe + "\""))
                .json()
                .getInt("totalResults"))
        .isZero();

    Http.Response created =
        entra.post(
            "/Users",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
               "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "externalId":"entra-1","userName":"Sam@Contoso.example","active":true,
             "displayName":"Sam","emails":[{"primary":true,"type":"work","value":"sam@contoso.example"}],
             "meta":{"resourceType":"User"},"name":{"formatted":"Sam S","familyName":"S","givenName":"Sam"},
             "roles":[],
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Sales"}}
            """);
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(
            entra.get("/Users" + filter("externalId eq \"entra-1\"")).json().getInt("totalResults"))
        .isEqualTo(1);

    Http.Response patched =
        entra.patch(
            "/Users/" + id,
            patchOps(
                """
                [{"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"sam2@contoso.example"},
                 {"op":"Add","path":"title","value":"Rep"},
                 {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Marketing"},
                 {"op":"Replace","path":"active","value":"False"}]
                """));
    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    assertThat(patched.json().getString("title")).isEqualTo("Rep");
    assertThat(patched.json().getBoolean("active")).isFalse();

    String gid = entra.createGroup("Contoso Sales");
    Http.Response add =
        entra.patch(
            "/Groups/" + gid,
            patchOps(
                "[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}]"));
    assertThat(add.status()).isEqualTo(204);
    Http.Response remove =
        entra.patch(
            "/Groups/" + gid,
            patchOps(
                "[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\""
                    + id
                    + "\"}]}]"));
    assertThat(remove.status()).isEqualTo(204);
    assertThat(
            entra
                .get("/Groups/" + gid + "?excludedAttributes=members")
                .json()
                .containsKey("members"))
        .isFalse();

    assertThat(entra.delete("/Users/" + id).status()).isEqualTo(204);
    assertThat(entra.get("/Users/" + id).status()).isEqualTo(404);
  }
}
