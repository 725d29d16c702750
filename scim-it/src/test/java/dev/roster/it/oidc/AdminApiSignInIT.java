package dev.roster.it.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Fixtures;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The admin API accepts the access tokens of Roster's OIDC provider (MicroProfile JWT, verified by
 * SmallRye JWT) beside the password sign-in's: @RolesAllowed reads their groups, a revoked or
 * deprovisioned one is refused, an ID token is not an access token.
 */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql")
class AdminApiSignInIT extends RosterDeployment {
  final HostProduct product = new HostProduct();
  final TestIdp idp = new TestIdp("admin-api");

  @AfterEach
  void close() {
    idp.close();
    product.close();
  }

  HostProduct.Tokens signIn(AdminClient admin, String sub, String email) {
    idp.next(sub, email, true);
    HostProduct.Attempt attempt = product.attempt();
    Redirects.Landing landing =
        new Redirects().follow(attempt.authorizeUri(admin.slug), product.redirectUri);
    assertThat(landing.atProduct()).as(landing.body()).isTrue();
    Map<String, String> query = HostProduct.query(landing.location());
    assertThat(query).as(landing.location()).containsKey("code");
    return attempt.exchange(query.get("code"));
  }

  static Http.Response provisioning(String bearer) {
    return Http.get("/api/admin/v1/provisioning", "Authorization", "Bearer " + bearer);
  }

  @Test
  void anAdminSignedInThroughTheIdpUsesTheAdminApiAndOthersAreRefused() {
    AdminClient admin = AdminClient.newOrganization();
    String scimToken = admin.enableScim(idp.issuer());
    UUID boss = Fixtures.scimUser(admin.organizationId, "boss@x.example", "it-admins");
    Fixtures.scimUser(admin.organizationId, "viewer@x.example");
    AdminClient.ok(
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"it-admins\",\"role\":\"Admin\"}"));

    HostProduct.Tokens bossTokens = signIn(admin, "sub-boss", "boss@x.example");
    Http.Response ok = provisioning(bossTokens.accessToken());
    assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
    assertThat(ok.json().getBoolean("enabled")).isTrue();

    HostProduct.Tokens viewerTokens = signIn(admin, "sub-viewer", "viewer@x.example");
    assertThat(provisioning(viewerTokens.accessToken()).status()).isEqualTo(403);

    assertThat(provisioning(bossTokens.idToken()).status())
        .as("an ID token is not an access token")
        .isEqualTo(401);
    assertThat(provisioning("not-a-token").status()).isEqualTo(401);

    Http.Response deactivated =
        Http.send(
            "PATCH",
            "/scim/v2/Users/" + boss,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}",
            "Authorization",
            "Bearer " + scimToken,
            "Content-Type",
            "application/scim+json");
    assertThat(deactivated.status()).isEqualTo(200);
    assertThat(provisioning(bossTokens.accessToken()).status()).isEqualTo(401);
  }

  @Test
  void aTokenOfAnotherOrganizationSeesOnlyItsOwn() {
    AdminClient a = AdminClient.newOrganization();
    a.enableScim(idp.issuer());
    Fixtures.scimUser(a.organizationId, "a-admin@x.example", "it-admins");
    AdminClient.ok(
        a.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"it-admins\",\"role\":\"Admin\"}"));
    AdminClient b = AdminClient.newOrganization();
    UUID bUser = Fixtures.scimUser(b.organizationId, "b-user@x.example");

    HostProduct.Tokens tokens = signIn(a, "sub-a-admin", "a-admin@x.example");
    Http.Response other =
        Http.get("/api/admin/v1/users/" + bUser, "Authorization", "Bearer " + tokens.accessToken());
    assertThat(other.status()).isEqualTo(404);
  }

  @Test
  void passwordSignInIsTurnedOffOnlyOnceAnAdminSignedInThroughSsoAndBackOnAsBreakGlass() {
    AdminClient admin = AdminClient.newOrganization();
    admin.enableScim(idp.issuer());
    Fixtures.scimUser(admin.organizationId, "chief@x.example", "it-admins");
    AdminClient.ok(
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"it-admins\",\"role\":\"Admin\"}"));

    Http.Response tooEarly = admin.put("/sso/password-sign-in", "{\"enabled\":false}");
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.json().getString("detail")).contains("once an Admin has signed in");
    assertThat(AdminClient.signInResponse(admin.slug, admin.email, AdminClient.PASSWORD).status())
        .isEqualTo(200);

    HostProduct.Tokens chief = signIn(admin, "sub-chief", "chief@x.example");
    Http.Response off =
        Http.putJson(
            "/api/admin/v1/sso/password-sign-in",
            "{\"enabled\":false}",
            "Authorization",
            "Bearer " + chief.accessToken());
    assertThat(off.status()).as(off.toString()).isEqualTo(200);
    assertThat(off.json().getBoolean("passwordSignIn")).isFalse();
    Http.Response refused =
        AdminClient.signInResponse(admin.slug, admin.email, AdminClient.PASSWORD);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("detail")).contains("single sign-on only");

    Http.Response on =
        Http.putJson(
            "/api/admin/v1/sso/password-sign-in",
            "{\"enabled\":true}",
            "Authorization",
            "Bearer " + chief.accessToken());
    assertThat(on.json().getBoolean("passwordSignIn")).isTrue();
    assertThat(AdminClient.signInResponse(admin.slug, admin.email, AdminClient.PASSWORD).status())
        .isEqualTo(200);
  }
}
