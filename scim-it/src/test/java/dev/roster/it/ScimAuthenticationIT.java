package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SCIM requests need an organization's bearer token, in the header only. */
class ScimAuthenticationIT extends RosterDeployment {

  @Test
  void missingTokenIs401WithScimError() {
    Http.Response r = Http.get("/scim/v2/Users");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.header("Content-Type")).startsWith("application/scim+json");
    assertThat(r.json().getString("status")).isEqualTo("401");
    assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @Test
  void unknownTokenIs401() {
    Http.Response r = Http.get("/scim/v2/Users", "Authorization", "Bearer rstr_scim_nope");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().getString("detail")).contains("not valid");
  }

  @Test
  void tokenInQueryStringIsRefused() {
    Fixtures.ScimTenant tenant = Fixtures.scimTenant();
    Http.Response r = Http.get("/scim/v2/Users?access_token=" + tenant.token());
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().getString("detail")).contains("Authorization header");
  }

  @Test
  void discoveryIsPublic() {
    assertThat(Http.get("/scim/v2/ServiceProviderConfig").status()).isEqualTo(200);
  }
}
