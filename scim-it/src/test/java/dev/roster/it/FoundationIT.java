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
  void consoleRendersFromTheDomain() {
    Http.Response r = Http.get("/console/");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("<title>Roster console</title>").contains("ENTRA_ID");
    // The public page shows no tenant's data.
    assertThat(r.body()).doesNotContain("bootstrapped");
  }

  @Test
  void readinessIncludesTheDatabase() {
    Http.Response r = Http.get(Http.MANAGEMENT + "/health/ready");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("\"name\":\"database\"").contains("\"status\":\"UP\"");
  }
}
