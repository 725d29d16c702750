package dev.roster.it.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Fixtures;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The client registry, the discovery document and Roster's own key rotation. */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql")
class OidcProviderIT extends RosterDeployment {
  static final String KEY = "Bearer " + AdminClient.PLATFORM_KEY;

  @Test
  void aClientIsRegisteredWithItsSecretShownOnceAndStoredHashed() {
    Http.Response created =
        Http.postJson(
            "/api/platform/v1/clients",
            "{\"name\":\"Acme\",\"redirectUris\":[\"https://acme.example/cb\"]}",
            "Authorization",
            KEY);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String clientId = created.json().getString("clientId");
    String secret = created.json().getString("clientSecret");
    assertThat(secret).startsWith("rstr_oidc_");
    assertThat(created.header("Cache-Control")).isEqualTo("no-store");

    Http.Response one = Http.get("/api/platform/v1/clients/" + clientId, "Authorization", KEY);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.body()).doesNotContain(secret).contains("https://acme.example/cb");
    assertThat(Http.get("/api/platform/v1/clients", "Authorization", KEY).body())
        .contains(clientId)
        .doesNotContain(secret);
    Object stored =
        Fixtures.queryOne("select secret_hash from oidc_client where client_id = ?", clientId);
    assertThat(stored.toString()).doesNotContain(secret).hasSize(64);

    assertThat(
            Http.send("DELETE", "/api/platform/v1/clients/" + clientId, null, "Authorization", KEY)
                .status())
        .isEqualTo(204);
    assertThat(Http.get("/api/platform/v1/clients/" + clientId, "Authorization", KEY).status())
        .isEqualTo(404);
  }

  @Test
  void badRedirectUrisAndMissingKeysAreRefusedWithAReason() {
    Http.Response insecure =
        Http.postJson(
            "/api/platform/v1/clients",
            "{\"name\":\"Acme\",\"redirectUris\":[\"http://acme.example/cb\"]}",
            "Authorization",
            KEY);
    assertThat(insecure.status()).isEqualTo(400);
    assertThat(insecure.json().getString("detail")).contains("plain http");
    Http.Response fragment =
        Http.postJson(
            "/api/platform/v1/clients",
            "{\"name\":\"Acme\",\"redirectUris\":[\"https://acme.example/cb#x\"]}",
            "Authorization",
            KEY);
    assertThat(fragment.status()).isEqualTo(400);
    assertThat(fragment.json().getString("detail")).contains("fragment");
    Http.Response none =
        Http.postJson("/api/platform/v1/clients", "{\"name\":\"Acme\"}", "Authorization", KEY);
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.json().getString("detail")).contains("redirectUris");
    assertThat(
            Http.postJson(
                    "/api/platform/v1/clients",
                    "{\"name\":\"Acme\",\"redirectUris\":[\"https://acme.example/cb\"]}")
                .status())
        .isEqualTo(401);
  }

  @Test
  void discoveryAdvertisesTheCodeFlowWithPkceAndBothClientAuthentications() {
    JsonObject d = Http.get("/oidc/.well-known/openid-configuration").json();
    assertThat(d.getString("issuer")).isEqualTo(Http.BASE + "/oidc");
    assertThat(d.getJsonArray("response_types_supported").toString()).isEqualTo("[\"code\"]");
    assertThat(d.getJsonArray("code_challenge_methods_supported").toString())
        .isEqualTo("[\"S256\"]");
    assertThat(d.getJsonArray("token_endpoint_auth_methods_supported").toString())
        .contains("client_secret_basic", "client_secret_post");
    assertThat(d.getJsonArray("claims_supported").toString()).contains("groups", "org_id");
    assertThat(Http.get("/oidc/jwks").json().getJsonArray("keys")).isNotEmpty();
  }

  @Test
  void aRotatedKeyStaysPublishedBesideTheNewOne() {
    Http.get("/oidc/jwks");
    Http.Response rotated =
        Http.send("POST", "/api/platform/v1/oidc/keys/rotate", null, "Authorization", KEY);
    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
    String kid = rotated.json().getString("kid");
    var keys = Http.get("/oidc/jwks").json().getJsonArray("keys");
    assertThat(keys.size()).isGreaterThanOrEqualTo(2);
    assertThat(keys.getJsonObject(0).getString("kid")).isEqualTo(kid);
    assertThat(keys.toString()).doesNotContain("\"d\"");
    Object stored =
        Fixtures.queryOne("select private_key_encrypted from oidc_signing_key where kid = ?", kid);
    assertThat(stored.toString()).startsWith("v1:");
  }
}
