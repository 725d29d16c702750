package dev.roster.bench;

import static dev.roster.bench.Report.f;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.HdrHistogram.Histogram;

/**
 * Sign-in through Roster's OIDC provider: the organization's IdP is NAV's mock-oauth2-server in
 * this JVM on loopback, the product is this load generator. Measured: Roster's time for a sign-in
 * (authorize + callback + token endpoint; the callback includes the IdP's token endpoint on
 * loopback, the IdP's authorization hop is not counted), and the token endpoint's throughput over
 * codes made beforehand (each code works once, within 60 s).
 */
final class SignInMeasures {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Bench b;

  SignInMeasures(Bench bench) {
    this.b = bench;
  }

  /** On an organization of its own, made now: an admin token made at the start has expired. */
  void signIns(int count) throws Exception {
    b.report.section("Sign-in (OIDC provider)");
    Tenant tenant = Tenant.create(b.scim, b.db, b.platformKey, "signin");
    MockOAuth2Server idp = new MockOAuth2Server();
    idp.start(InetAddress.getByName("127.0.0.1"), 0);
    try {
      String issuer = "http://127.0.0.1:" + idp.baseUrl().port() + "/bench";
      String redirect = "http://127.0.0.1:9/cb";
      Scim.Reply client =
          b.scim.call(
              b.scim.send(
                  "POST",
                  "/api/platform/v1/clients",
                  "Bearer " + b.platformKey,
                  "{\"name\":\"bench\",\"redirectUris\":[\"" + redirect + "\"]}"));
      if (client.status() != 201 || tenant.adminToken == null) {
        b.report.missing("sign-in p95, token endpoint throughput", "OIDC provider missing");
        return;
      }
      String clientId = client.json().getString("clientId");
      String secret = client.json().getString("clientSecret");
      String admin = "Bearer " + tenant.adminToken;
      int configured =
          b.scim.status(
              b.scim.send(
                  "PUT",
                  "/api/admin/v1/sso",
                  admin,
                  "{\"issuer\":\""
                      + issuer
                      + "\",\"clientId\":\"roster\",\"clientSecret\":\"s\"}"));
      int activated = b.scim.status(b.scim.send("POST", "/api/admin/v1/sso/activate", admin, "{}"));
      if (configured / 100 != 2 || activated / 100 != 2) {
        b.report.missing(
            "sign-in p95, token endpoint throughput",
            "SSO not activated (" + configured + ", " + activated + ")");
        return;
      }
      List<String> emails = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String email = "signin" + i + "@" + tenant.slug + ".example";
        b.db.execute(
            "insert into app_user (id, organization_id, user_name, user_name_key, email, email_key,"
                + " active, status, role, role_reason, scim_managed, created_at, last_modified_at,"
                + " version) values (?, ?, ?, ?, ?, ?, true, 'ACTIVE', 'VIEWER', 'DEFAULT', true,"
                + " now(), now(), 1)",
            UUID.randomUUID(),
            tenant.id,
            email,
            email,
            email,
            email);
        emails.add(email);
      }

      Histogram roster = new Histogram(60_000_000L, 3);
      List<String[]> codes = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        idp.enqueueCallback(
            new DefaultOAuth2TokenCallback(
                "bench",
                "sub-" + i,
                "JWT",
                List.of("roster"),
                Map.of("email", emails.get(i), "email_verified", true),
                3600));
        String verifier = random();
        long t0 = System.nanoTime();
        Scim.Reply authorize =
            b.scim.call(
                b.scim.get(
                    "/oidc/authorize?response_type=code&scope=openid&client_id="
                        + clientId
                        + "&redirect_uri="
                        + Scim.encode(redirect)
                        + "&state=s&nonce=n&code_challenge_method=S256&code_challenge="
                        + challenge(verifier)
                        + "&organization="
                        + tenant.slug,
                    null));
        long rosterNanos = System.nanoTime() - t0;
        Scim.Reply atIdp = b.scim.call(get(authorize.location()));
        long t1 = System.nanoTime();
        Scim.Reply callback = b.scim.call(get(atIdp.location()));
        rosterNanos += System.nanoTime() - t1;
        String location = callback.location();
        if (location == null || !location.contains("code=")) {
          b.report.missing("sign-in p95", "sign-in refused: " + location + " " + callback.body());
          return;
        }
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        if (i % 2 == 0) {
          long t2 = System.nanoTime();
          int status = b.scim.status(token(clientId, secret, redirect, code, verifier));
          rosterNanos += System.nanoTime() - t2;
          if (status != 200) {
            b.report.missing("sign-in p95", "token endpoint answered " + status);
            return;
          }
          roster.recordValue(Math.max(1, rosterNanos / 1000));
        } else {
          codes.add(new String[] {code, verifier});
        }
      }
      b.report.add(
          f("sign-in, Roster's time (authorize+callback+token), %d", roster.getTotalCount()),
          f(
              "p50 %.1f ms, p95 %.1f ms",
              roster.getValueAtPercentile(50) / 1000.0, roster.getValueAtPercentile(95) / 1000.0),
          "",
          null);
      Load.Result tokens =
          new Load(b.scim)
              .forCount(
                  Math.min(b.clients, 8),
                  codes.size(),
                  new Load.Call(
                      n -> token(clientId, secret, redirect, codes.get(n)[0], codes.get(n)[1]),
                      200));
      b.report.add(
          f("POST /oidc/token, %d codes", tokens.requests()),
          f("%.0f/s, p95 %.1f ms%s", tokens.throughput(), tokens.p(95), tokens.firstError()),
          "",
          null);
    } finally {
      idp.shutdown();
    }
  }

  private Scim.Request get(String absolute) {
    return new Scim.Request("GET", URI.create(absolute), null, null, null);
  }

  private Scim.Request token(
      String clientId, String secret, String redirect, String code, String verifier) {
    return new Scim.Request(
        "POST",
        URI.create(b.scim.base + "/oidc/token"),
        "Basic "
            + Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)),
        "application/x-www-form-urlencoded",
        "grant_type=authorization_code&code="
            + code
            + "&redirect_uri="
            + Scim.encode(redirect)
            + "&code_verifier="
            + verifier);
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) throws Exception {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(
            MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
  }
}
