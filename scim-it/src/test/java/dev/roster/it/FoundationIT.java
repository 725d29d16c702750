package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The service starts on PostgreSQL, serves discovery, the console and readiness. */
class FoundationIT extends RosterDeployment {

  @Test
  void serviceProviderConfigIsAScimDocument() {
    Http.Response r = Http.get("/scim/v2/ServiceProviderConfig");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/scim+json");
    assertThat(r.json().getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
    assertThat(r.json().getJsonObject("patch").getBoolean("supported")).isTrue();
  }

  @Test
  void theConsoleOpensOnItsSignInPage() {
    Http.Response entry = Http.get("/console/");
    assertThat(entry.status()).isEqualTo(302);
    assertThat(entry.header("Location")).endsWith("/console/signin");
    Http.Response r = Http.get("/console/signin");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("<title>Sign in · Roster console</title>");
    // Nothing of any organization is shown before sign-in.
    assertThat(r.body()).doesNotContain("bootstrapped");
  }

  @Test
  void readinessIncludesTheDatabase() {
    Http.Response r = Http.get(Http.MANAGEMENT + "/health/ready");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("\"name\":\"database\"").contains("\"status\":\"UP\"");
  }
}
