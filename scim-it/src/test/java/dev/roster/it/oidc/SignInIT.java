package dev.roster.it.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Fixtures;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Roster as the host product's OpenID Connect provider, end to end: a real OIDC client library (the
 * product) signs people in through Roster, which signs them in at their organization's IdP (a real
 * OIDC provider per organization) and lets in only provisioned, active people.
 */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql")
class SignInIT extends RosterDeployment {
  /**
   * Each test gets its own product and IdPs (made once Roster is deployed), so that no test sees a
   * login another test queued.
   */
  final HostProduct product = new HostProduct();

  final TestIdp idpA = new TestIdp("org-a");

  final TestIdp idpB = new TestIdp("org-b");

  @AfterEach
  void stopIdps() {
    idpA.close();
    idpB.close();
    product.close();
  }

  /** An organization with SSO active at {@code idp} and provisioning enabled. */
  record Tenant(AdminClient admin, String scimToken) {
    String slug() {
      return admin.slug;
    }

    String orgId() {
      return admin.organizationId;
    }
  }

  static Tenant tenant(TestIdp idp) {
    AdminClient admin = AdminClient.newOrganization();
    return new Tenant(admin, admin.enableScim(idp.issuer()));
  }

  /** The product starts a sign-in; the IdP signs in {@code sub}; where the browser lands. */
  Redirects.Landing signIn(
      HostProduct.Attempt attempt, String slug, TestIdp idp, String sub, String email) {
    idp.next(sub, email, true);
    return new Redirects().follow(attempt.authorizeUri(slug), product.redirectUri);
  }

  String code(HostProduct.Attempt attempt, Redirects.Landing landing) {
    assertThat(landing.atProduct())
        .as("landed on %s %s", landing.status(), landing.body())
        .isTrue();
    Map<String, String> query = HostProduct.query(landing.location());
    assertThat(query).as(landing.location()).containsKey("code");
    assertThat(query.get("state")).isEqualTo(attempt.state.getValue());
    return query.get("code");
  }

  Map<String, String> refusal(HostProduct.Attempt attempt, Redirects.Landing landing) {
    assertThat(landing.atProduct())
        .as("landed on %s %s", landing.status(), landing.body())
        .isTrue();
    Map<String, String> query = HostProduct.query(landing.location());
    assertThat(query.get("error")).as(landing.location()).isEqualTo("access_denied");
    assertThat(query.get("state")).isEqualTo(attempt.state.getValue());
    return query;
  }

  static void setStatus(UUID user, String status) {
    try (Connection c = Fixtures.connect();
        PreparedStatement s =
            c.prepareStatement("update app_user set status = ?, active = ? where id = ?")) {
      s.setString(1, status);
      s.setBoolean(2, status.equals("ACTIVE"));
      s.setObject(3, user);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Http.Response userinfo(String accessToken) {
    return Http.get("/oidc/userinfo", "Authorization", "Bearer " + accessToken);
  }

  @Test
  void aProvisionedUserSignsInWithTheRoleOfTheirMappingAndAnEmailInAnotherCase()
      throws java.text.ParseException {
    Tenant t = tenant(idpA);
    UUID ada = Fixtures.scimUser(t.orgId(), "ada@lovelace.example", "Eng-Leads");
    AdminClient.ok(
        t.admin()
            .post(
                "/provisioning/role-mappings",
                "{\"source\":\"ROLE\",\"idpValue\":\"eng-leads\",\"role\":\"Admin\"}"));

    HostProduct.Attempt attempt = product.attempt();
    String code = code(attempt, signIn(attempt, t.slug(), idpA, "sub-ada", "ADA@Lovelace.example"));
    HostProduct.Tokens tokens = attempt.exchange(code);

    assertThat(tokens.id().getSubject()).isEqualTo(ada.toString());
    assertThat(tokens.id().getAudience()).containsExactly(product.clientId);
    assertThat(tokens.id().getStringListClaim("groups").toString()).isEqualTo("[Admin]");
    assertThat(tokens.id().getClaim("org")).isEqualTo(t.slug());
    assertThat(tokens.id().getClaim("org_id")).isEqualTo(t.orgId());
    assertThat(tokens.id().getClaim("upn")).isEqualTo("ada@lovelace.example");
    assertThat(tokens.id().getClaim("nonce")).isEqualTo(attempt.nonce.getValue());
    assertThat(tokens.access().getStringListClaim("groups").toString()).isEqualTo("[Admin]");
    assertThat(tokens.access().getJWTID()).isNotBlank();
    long ttl =
        (tokens.access().getExpirationTime().getTime() - tokens.access().getIssueTime().getTime())
            / 1000;
    assertThat(ttl).isEqualTo(300);

    Http.Response info = userinfo(tokens.accessToken());
    assertThat(info.status()).as(info.toString()).isEqualTo(200);
    assertThat(info.json().getString("sub")).isEqualTo(ada.toString());
    assertThat(info.json().getJsonArray("groups").getString(0)).isEqualTo("Admin");
    assertThat(auditCount(t, "OIDC_SIGN_IN")).isEqualTo(1);
  }

  @Test
  void eachRefusalGoesBackToTheProductWithItsOwnReasonAndIsAudited() {
    Tenant t = tenant(idpA);
    Map<String, String> expected =
        Map.of(
            "INACTIVE", "deactivated",
            "LOCKED", "locked",
            "PENDING", "awaiting an admin");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String email = e.getKey().toLowerCase() + "@" + t.slug() + ".example";
      setStatus(Fixtures.scimUser(t.orgId(), email), e.getKey());
      HostProduct.Attempt attempt = product.attempt();
      Map<String, String> refused =
          refusal(attempt, signIn(attempt, t.slug(), idpA, "sub-" + e.getKey(), email));
      assertThat(refused.get("error_description")).as(e.getKey()).contains(e.getValue());
    }

    HostProduct.Attempt stranger = product.attempt();
    assertThat(
            refusal(stranger, signIn(stranger, t.slug(), idpA, "sub-x", "nobody@x.example"))
                .get("error_description"))
        .contains("ask your IT admin to assign you to the application in " + idpA.issuer());

    Fixtures.scimUser(t.orgId(), "unverified@x.example");
    HostProduct.Attempt unverified = product.attempt();
    idpA.next("sub-u", "unverified@x.example", false);
    assertThat(
            refusal(
                    unverified,
                    new Redirects().follow(unverified.authorizeUri(t.slug()), product.redirectUri))
                .get("error_description"))
        .contains("not verified");
    assertThat(auditCount(t, "OIDC_SIGN_IN")).isEqualTo(5);
  }

  @Test
  void ssoThatIsNotActiveIsRefusedBeforeTheIdp() {
    AdminClient admin = AdminClient.newOrganization();
    AdminClient.ok(
        admin.put("/sso", "{\"issuer\":\"" + idpA.issuer() + "\",\"clientId\":\"roster\"}"));
    HostProduct.Attempt attempt = product.attempt();
    Redirects.Landing landing =
        new Redirects().follow(attempt.authorizeUri(admin.slug), product.redirectUri);
    assertThat(refusal(attempt, landing).get("error_description")).contains("not active");
  }

  @Test
  void anIdpEmailChangedToAnotherPersonsCannotTakeOverTheirAccount() {
    Tenant t = tenant(idpA);
    UUID first = Fixtures.scimUser(t.orgId(), "first@x.example");
    UUID second = Fixtures.scimUser(t.orgId(), "second@x.example");
    HostProduct.Attempt one = product.attempt();
    one.exchange(code(one, signIn(one, t.slug(), idpA, "sub-first", "first@x.example")));

    // A person never seen before, whose IdP email was changed to the first person's.
    HostProduct.Attempt takeover = product.attempt();
    Map<String, String> refused =
        refusal(takeover, signIn(takeover, t.slug(), idpA, "sub-second", "first@x.example"));
    assertThat(refused.get("error_description")).contains("already linked");

    // Once linked, the identity decides, whatever email the IdP sends later.
    HostProduct.Attempt two = product.attempt();
    two.exchange(code(two, signIn(two, t.slug(), idpA, "sub-second", "second@x.example")));
    HostProduct.Attempt changed = product.attempt();
    assertThat(
            changed
                .exchange(
                    code(changed, signIn(changed, t.slug(), idpA, "sub-second", "first@x.example")))
                .id()
                .getSubject())
        .isEqualTo(second.toString());
    HostProduct.Attempt renamed = product.attempt();
    assertThat(
            renamed
                .exchange(
                    code(renamed, signIn(renamed, t.slug(), idpA, "sub-first", "new@x.example")))
                .id()
                .getSubject())
        .isEqualTo(first.toString());
  }

  @Test
  void aKeyRotationAtTheIdpIsFollowedByRefetchingItsKeys() throws InterruptedException {
    try (TestIdp idp = new TestIdp("rotating")) {
      Tenant t = tenant(idp);
      Fixtures.scimUser(t.orgId(), "rot@x.example");
      HostProduct.Attempt before = product.attempt();
      before.exchange(code(before, signIn(before, t.slug(), idp, "sub-rot", "rot@x.example")));
      idp.rotateKeys();
      Thread.sleep(1_100);
      HostProduct.Attempt after = product.attempt();
      after.exchange(code(after, signIn(after, t.slug(), idp, "sub-rot", "rot@x.example")));
    }
  }

  @Test
  void aReplayedCodeIsRefusedAndRevokesTheTokensItGave() {
    Tenant t = tenant(idpA);
    Fixtures.scimUser(t.orgId(), "replay@x.example");
    HostProduct.Attempt attempt = product.attempt();
    String code = code(attempt, signIn(attempt, t.slug(), idpA, "sub-r", "replay@x.example"));
    HostProduct.Tokens tokens = attempt.exchange(code);
    assertThat(userinfo(tokens.accessToken()).status()).isEqualTo(200);

    assertThat(attempt.refusedExchange(code).getString("error")).isEqualTo("invalid_grant");
    Http.Response revoked = userinfo(tokens.accessToken());
    assertThat(revoked.status()).isEqualTo(401);
    assertThat(revoked.json().getString("error_description")).contains("revoked");
    assertThat(auditCount(t, "OIDC_CODE_REPLAYED")).isEqualTo(1);
  }

  @Test
  void aReplayedOrUnknownStateIsRefusedWithoutARedirect() {
    Tenant t = tenant(idpA);
    Fixtures.scimUser(t.orgId(), "state@x.example");
    HostProduct.Attempt attempt = product.attempt();
    idpA.next("sub-s", "state@x.example", true);
    URI[] callback = new URI[1];
    Redirects browser = new Redirects();
    code(
        attempt,
        browser.follow(
            attempt.authorizeUri(t.slug()),
            product.redirectUri,
            hop -> {
              if (hop.getPath().equals("/oidc/callback")) {
                callback[0] = hop;
              }
              return hop;
            }));
    var replay = browser.get(callback[0]);
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.headers().firstValue("Location")).isEmpty();
    assertThat(replay.body()).contains("already completed");

    var unknown = browser.get(URI.create(Http.BASE + "/oidc/callback?state=forged&code=x"));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void anIdTokenWithAnotherNonceIsRefused() {
    Tenant t = tenant(idpA);
    Fixtures.scimUser(t.orgId(), "nonce@x.example");
    HostProduct.Attempt attempt = product.attempt();
    idpA.next("sub-n", "nonce@x.example", true);
    Redirects.Landing landing =
        new Redirects()
            .follow(
                attempt.authorizeUri(t.slug()),
                product.redirectUri,
                hop ->
                    hop.toString().startsWith(idpA.issuer())
                        ? URI.create(hop.toString().replaceAll("nonce=[^&]+", "nonce=forged"))
                        : hop);
    assertThat(refusal(attempt, landing).get("error_description")).containsIgnoringCase("nonce");
  }

  @Test
  void anUnregisteredRedirectUriOrUnknownClientGetsAnErrorPageNeverARedirect() {
    HostProduct.Attempt attempt = product.attempt();
    String authorize = attempt.authorizeUri("whatever").toString();
    var evil =
        new Redirects()
            .get(
                URI.create(
                    authorize.replace(
                        java.net.URLEncoder.encode(
                            product.redirectUri, java.nio.charset.StandardCharsets.UTF_8),
                        "https%3A%2F%2Fevil.example%2Fcb")));
    assertThat(evil.statusCode()).isEqualTo(400);
    assertThat(evil.headers().firstValue("Location")).isEmpty();
    assertThat(evil.body()).contains("redirect_uri is not registered");

    var unknown =
        new Redirects().get(URI.create(authorize.replace(product.clientId, "no-such-client")));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void aUserDeactivatedOverScimGetsNoTokenFromThatMoment() {
    Tenant t = tenant(idpA);
    UUID user = Fixtures.scimUser(t.orgId(), "leaver@x.example");
    HostProduct.Attempt first = product.attempt();
    HostProduct.Tokens tokens =
        first.exchange(code(first, signIn(first, t.slug(), idpA, "sub-l", "leaver@x.example")));
    HostProduct.Attempt pending = product.attempt();
    String code = code(pending, signIn(pending, t.slug(), idpA, "sub-l", "leaver@x.example"));

    Http.Response patched =
        Http.send(
            "PATCH",
            "/scim/v2/Users/" + user,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}",
            "Authorization",
            "Bearer " + t.scimToken(),
            "Content-Type",
            "application/scim+json");
    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);

    assertThat(pending.refusedExchange(code).getString("error")).isEqualTo("invalid_grant");
    assertThat(userinfo(tokens.accessToken()).status()).isEqualTo(401);
    HostProduct.Attempt again = product.attempt();
    assertThat(
            refusal(again, signIn(again, t.slug(), idpA, "sub-l", "leaver@x.example"))
                .get("error_description"))
        .contains("deactivated");
  }

  @Test
  void anotherOrganizationsIdpCannotSignAnyoneIn() {
    Tenant a = tenant(idpA);
    Tenant b = tenant(idpB);
    Fixtures.scimUser(a.orgId(), "only-in-a@x.example");
    UUID inB = Fixtures.scimUser(b.orgId(), "shared@x.example");
    Fixtures.scimUser(a.orgId(), "shared@x.example");

    HostProduct.Attempt noSuchUser = product.attempt();
    refusal(noSuchUser, signIn(noSuchUser, b.slug(), idpB, "sub-a", "only-in-a@x.example"));

    // B's sign-in taken to A's IdP: A's code is not B's IdP's, so nobody gets in to B.
    HostProduct.Attempt crossed = product.attempt();
    Redirects.Landing landing =
        new Redirects()
            .follow(
                crossed.authorizeUri(b.slug()),
                product.redirectUri,
                hop ->
                    hop.toString().startsWith(idpB.issuer())
                        ? URI.create(hop.toString().replace(idpB.issuer(), idpA.issuer()))
                        : hop);
    refusal(crossed, landing);

    HostProduct.Attempt own = product.attempt();
    HostProduct.Tokens tokens =
        own.exchange(code(own, signIn(own, b.slug(), idpB, "sub-shared", "shared@x.example")));
    assertThat(tokens.id().getSubject()).isEqualTo(inB.toString());
    assertThat(tokens.id().getClaim("org")).isEqualTo(b.slug());
  }

  @Test
  void theTokenEndpointChecksThePkceVerifierAndTheClient() {
    Tenant t = tenant(idpA);
    Fixtures.scimUser(t.orgId(), "pkce@x.example");
    HostProduct.Attempt attempt = product.attempt();
    String code = code(attempt, signIn(attempt, t.slug(), idpA, "sub-p", "pkce@x.example"));
    String form =
        "grant_type=authorization_code&code="
            + code
            + "&redirect_uri="
            + java.net.URLEncoder.encode(
                product.redirectUri, java.nio.charset.StandardCharsets.UTF_8)
            + "&client_id="
            + product.clientId;
    Http.Response wrongSecret =
        Http.send(
            "POST",
            "/oidc/token",
            form + "&client_secret=nope&code_verifier=" + "a".repeat(43),
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertThat(wrongSecret.status()).isEqualTo(401);
    assertThat(wrongSecret.json().getString("error")).isEqualTo("invalid_client");
    Http.Response wrongVerifier =
        Http.send(
            "POST",
            "/oidc/token",
            form + "&client_secret=" + product.clientSecret + "&code_verifier=" + "a".repeat(43),
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertThat(wrongVerifier.status()).isEqualTo(400);
    assertThat(wrongVerifier.json().getString("error")).isEqualTo("invalid_grant");
    assertThat(wrongVerifier.json().getString("error_description")).contains("code_verifier");
    assertThat(wrongVerifier.header("Cache-Control")).isEqualTo("no-store");
    attempt.exchange(code);
  }

  static int auditCount(Tenant t, String action) {
    return ((Number)
            Fixtures.queryOne(
                "select count(*) from audit_event where organization_id = ? and action = ?",
                UUID.fromString(t.orgId()),
                action))
        .intValue();
  }
}
