package dev.roster.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Fixtures;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import dev.roster.it.TestOidcProvider;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** SSO prerequisite, settings, enable blockers, tokens and the two disable modes. */
class ProvisioningIT extends RosterDeployment {
  static final TestOidcProvider OIDC = new TestOidcProvider();

  @AfterAll
  static void stopProvider() {
    OIDC.close();
  }

  @Test
  void newOrganizationShowsDefaultsAndEveryBlocker() {
    JsonObject settings = AdminClient.newOrganization().get("/provisioning").json();
    assertThat(settings.getBoolean("enabled")).isFalse();
    assertThat(settings.getBoolean("autoActivateUsers")).isTrue();
    assertThat(settings.getBoolean("syncGroups")).isTrue();
    assertThat(settings.isNull("defaultRole")).isTrue();
    assertThat(settings.getString("scimBaseUrl")).endsWith("/scim/v2");
    assertThat(settings.getJsonArray("enableBlockers").toString())
        .contains("SSO_NOT_ACTIVE", "DEFAULT_ROLE_MISSING", "IDENTITY_PROVIDER_MISSING");
  }

  @Test
  void enableIsRefusedWithTheBlockersThatRemain() {
    AdminClient admin = AdminClient.newOrganization();
    AdminClient.ok(
        admin.put(
            "/provisioning", "{\"identityProvider\":\"ENTRA_ID\",\"defaultRole\":\"editor\"}"));
    Http.Response r = admin.post("/provisioning/enable", null);
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().getJsonArray("blockers").toString()).isEqualTo("[\"SSO_NOT_ACTIVE\"]");
    assertThat(r.json().getString("detail")).contains("sign-on");
  }

  @Test
  void unknownRoleOrIdentityProviderIs400AndChangesNothing() {
    AdminClient admin = AdminClient.newOrganization();
    Http.Response badRole =
        admin.put("/provisioning", "{\"identityProvider\":\"OKTA\",\"defaultRole\":\"Owner\"}");
    assertThat(badRole.status()).isEqualTo(400);
    assertThat(badRole.json().getString("detail")).contains("Unknown role");
    Http.Response badIdp =
        admin.put("/provisioning", "{\"identityProvider\":\"MYSPACE\",\"defaultRole\":\"Viewer\"}");
    assertThat(badIdp.status()).isEqualTo(400);
    assertThat(admin.get("/provisioning").json().isNull("identityProvider")).isTrue();
  }

  @Test
  void ssoSecretIsWriteOnlyAndEncryptedAtRest() {
    AdminClient admin = AdminClient.newOrganization();
    Http.Response put =
        admin.put(
            "/sso",
            "{\"protocol\":\"OIDC\",\"issuer\":\""
                + OIDC.issuer()
                + "\",\"clientId\":\"roster\",\"clientSecret\":\"very-secret-value-123\"}");
    assertThat(put.status()).isEqualTo(200);
    assertThat(put.body()).doesNotContain("very-secret-value-123");
    assertThat(admin.get("/sso").body())
        .doesNotContain("very-secret-value-123")
        .contains("\"clientSecretSet\":true");
    Object stored =
        Fixtures.queryOne(
            "select client_secret_encrypted from sso_configuration where organization_id = ?",
            UUID.fromString(admin.organizationId));
    assertThat(stored.toString()).isNotBlank().doesNotContain("very-secret-value-123");
  }

  @Test
  void activationVerifiesDiscoveryAndReportsWhatFailed() {
    AdminClient admin = AdminClient.newOrganization();
    try (TestOidcProvider liar = new TestOidcProvider()) {
      liar.advertiseIssuer("https://evil.example/realms/it");
      AdminClient.ok(
          admin.put("/sso", "{\"issuer\":\"" + liar.issuer() + "\",\"clientId\":\"c\"}"));
      Http.Response r = admin.post("/sso/activate", null);
      assertThat(r.status()).isEqualTo(422);
      assertThat(r.json().getString("detail")).contains("Issuer mismatch");
    }
    AdminClient.ok(
        admin.put("/sso", "{\"issuer\":\"http://127.0.0.1:1/nothing\",\"clientId\":\"c\"}"));
    Http.Response unreachable = admin.post("/sso/activate", null);
    assertThat(unreachable.status()).isEqualTo(422);
    assertThat(unreachable.json().getString("detail")).contains("Could not fetch");

    AdminClient.ok(
        admin.put("/sso", "{\"issuer\":\"http://idp.example.com/x\",\"clientId\":\"c\"}"));
    Http.Response insecure = admin.post("/sso/activate", null);
    assertThat(insecure.status()).isEqualTo(422);
    assertThat(insecure.json().getString("detail")).contains("plain http");

    AdminClient.ok(admin.put("/sso", "{\"issuer\":\"" + OIDC.issuer() + "\",\"clientId\":\"c\"}"));
    Http.Response ok = admin.post("/sso/activate", null);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().getBoolean("active")).isTrue();
  }

  @Test
  void ssoCannotBeDeactivatedWhileScimIsEnabled() {
    AdminClient admin = AdminClient.newOrganization();
    admin.enableScim(OIDC);
    Http.Response r = admin.post("/sso/deactivate", null);
    assertThat(r.status()).isEqualTo(409);
    assertThat(r.json().getString("detail")).contains("disable provisioning first");
  }

  @Test
  void tokenValueIsShownOnceAndListedWithoutIt() {
    AdminClient admin = AdminClient.newOrganization();
    JsonObject created = admin.createToken("entra");
    String value = created.getString("token");
    assertThat(value).startsWith("rstr_scim_").hasSizeGreaterThan(50);
    assertThat(created.getString("status")).isEqualTo("ACTIVE");
    Http.Response list = admin.get("/provisioning/tokens");
    assertThat(list.body())
        .doesNotContain(value)
        .contains("\"name\":\"entra\"")
        .contains("\"lastUsedAt\":null");
    Object stored =
        Fixtures.queryOne("select count(*) from scim_token where token_hash = ?", value);
    assertThat(((Number) stored).intValue()).isZero();
  }

  @Test
  void scimAnswers403BeforeEnableAnd401AfterRevocation() {
    AdminClient admin = AdminClient.newOrganization();
    String token = admin.createToken("early").getString("token");
    Http.Response before = Http.get("/scim/v2/Users", "Authorization", "Bearer " + token);
    assertThat(before.status()).isEqualTo(403);
    assertThat(before.json().getString("detail")).contains("not enabled");

    String live = admin.enableScim(OIDC);
    String id = admin.get("/provisioning/tokens").array().getJsonObject(0).getString("id");
    Http.Response revoke = admin.delete("/provisioning/tokens/" + id);
    assertThat(revoke.status()).isEqualTo(204);
    Http.Response after = Http.get("/scim/v2/Users", "Authorization", "Bearer " + live);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.json().getString("detail")).contains("revoked");
  }

  @Test
  void expiresAtInThePastIsRefused() {
    Http.Response r =
        AdminClient.newOrganization()
            .post(
                "/provisioning/tokens", "{\"name\":\"x\",\"expiresAt\":\"2020-01-01T00:00:00Z\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().getString("detail")).contains("future");
  }

  @Test
  void softDisableKeepsUsersActiveAndRevokesEveryToken() {
    AdminClient admin = AdminClient.newOrganization();
    admin.enableScim(OIDC);
    admin.createToken("second");
    UUID user = Fixtures.scimUser(admin.organizationId, "soft@x.example");

    JsonObject preview = admin.get("/provisioning/disable-preview?mode=SOFT").json();
    assertThat(preview.getInt("usersAffected")).isEqualTo(1);
    assertThat(preview.getInt("tokensToRevoke")).isEqualTo(2);

    JsonObject done = admin.post("/provisioning/disable", "{\"mode\":\"SOFT\"}").json();
    assertThat(done.getString("mode")).isEqualTo("SOFT");
    assertThat(done.getInt("tokensRevoked")).isEqualTo(2);
    JsonObject shown = admin.get("/users/" + user).json();
    assertThat(shown.getString("status")).isEqualTo("ACTIVE");
    assertThat(shown.getBoolean("scimManaged")).isFalse();
    assertThat(admin.get("/provisioning/tokens").body()).doesNotContain("\"ACTIVE\"");
    assertThat(admin.get("/provisioning").json().getBoolean("enabled")).isFalse();
  }

  @Test
  void lockDisableLocksUsersUntilAnAdminActivatesEach() {
    AdminClient admin = AdminClient.newOrganization();
    admin.enableScim(OIDC);
    UUID user = Fixtures.scimUser(admin.organizationId, "lock@x.example");

    JsonObject done = admin.post("/provisioning/disable", "{\"mode\":\"LOCK\"}").json();
    assertThat(done.getInt("usersAffected")).isEqualTo(1);
    assertThat(admin.get("/users/" + user).json().getString("status")).isEqualTo("LOCKED");
    assertThat(admin.get("/users?status=LOCKED").json().getInt("total")).isEqualTo(1);

    JsonObject activated = admin.post("/users/" + user + "/activate", null).json();
    assertThat(activated.getString("status")).isEqualTo("ACTIVE");
    assertThat(admin.get("/audit-events?userId=" + user).body()).contains("USER_ACTIVATED");
  }

  @Test
  void settingsChangesAndEnableAreAudited() {
    AdminClient admin = AdminClient.newOrganization();
    admin.enableScim(OIDC);
    String audit = admin.get("/audit-events?limit=50").body();
    assertThat(audit)
        .contains(
            "SSO_CONFIGURED",
            "SSO_ACTIVATED",
            "PROVISIONING_SETTINGS_CHANGED",
            "PROVISIONING_ENABLED",
            "TOKEN_CREATED")
        .contains(admin.email)
        .doesNotContain("s3cret-client-value")
        .doesNotContain("rstr_scim_");
  }
}
