package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;

/** Drives the platform and admin APIs as an operator and an organization's admin would. */
public final class AdminClient {
  public static final String PLATFORM_KEY = "it-platform-key";
  public static final String PASSWORD = "correct horse battery staple";

  public final String slug;
  public final String email;
  public final String organizationId;
  private final String accessToken;

  private AdminClient(String slug, String email, String organizationId, String accessToken) {
    this.slug = slug;
    this.email = email;
    this.organizationId = organizationId;
    this.accessToken = accessToken;
  }

  /** A brand-new organization (unique slug) and its signed-in first admin. */
  public static AdminClient newOrganization() {
    String slug = "org-" + UUID.randomUUID().toString().substring(0, 8);
    String email = "admin@" + slug + ".example";
    Http.Response created =
        Http.postJson(
            "/api/platform/v1/organizations",
            "{\"slug\":\""
                + slug
                + "\",\"name\":\"Org "
                + slug
                + "\",\"adminEmail\":\""
                + email
                + "\",\"adminPassword\":\""
                + PASSWORD
                + "\"}",
            "Authorization",
            "Bearer " + PLATFORM_KEY);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return new AdminClient(
        slug, email, created.json().getString("id"), signIn(slug, email, PASSWORD));
  }

  public static String signIn(String slug, String email, String password) {
    Http.Response r = signInResponse(slug, email, password);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json().getString("access_token");
  }

  public static Http.Response signInResponse(String slug, String email, String password) {
    return Http.postJson(
        "/api/admin/v1/auth/token",
        "{\"organization\":\""
            + slug
            + "\",\"email\":\""
            + email
            + "\",\"password\":\""
            + password
            + "\"}");
  }

  public Http.Response get(String path) {
    return Http.get("/api/admin/v1" + path, "Authorization", "Bearer " + accessToken);
  }

  public Http.Response post(String path, String json) {
    return json == null
        ? Http.send("POST", "/api/admin/v1" + path, null, "Authorization", "Bearer " + accessToken)
        : Http.postJson("/api/admin/v1" + path, json, "Authorization", "Bearer " + accessToken);
  }

  public Http.Response put(String path, String json) {
    return Http.putJson("/api/admin/v1" + path, json, "Authorization", "Bearer " + accessToken);
  }

  public Http.Response delete(String path) {
    return Http.send(
        "DELETE", "/api/admin/v1" + path, null, "Authorization", "Bearer " + accessToken);
  }

  /** SSO activated against the provider, settings complete, SCIM enabled; returns a token. */
  public String enableScim(TestOidcProvider oidc) {
    return enableScim(oidc.issuer());
  }

  /** SSO activated against the issuer, settings complete, SCIM enabled; returns a token. */
  public String enableScim(String issuer) {
    ok(
        put(
            "/sso",
            "{\"protocol\":\"OIDC\",\"issuer\":\""
                + issuer
                + "\",\"clientId\":\"roster\",\"clientSecret\":\"s3cret-client-value\"}"));
    ok(post("/sso/activate", null));
    ok(
        put(
            "/provisioning",
            "{\"identityProvider\":\"OKTA\",\"defaultRole\":\"Viewer\","
                + "\"autoActivateUsers\":true,\"syncGroups\":true}"));
    ok(post("/provisioning/enable", null));
    return createToken("okta").getString("token");
  }

  public JsonObject createToken(String name) {
    Http.Response r = post("/provisioning/tokens", "{\"name\":\"" + name + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  public static Http.Response ok(Http.Response r) {
    assertThat(r.status()).as(r.toString()).isBetween(200, 204);
    return r;
  }
}
