package dev.roster.domain.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.domain.common.ValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OidcClientTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://app.example/callback",
        "https://app.example:8443/cb?tenant=1",
        "http://localhost:3000/cb",
        "http://127.0.0.1/cb",
        "http://[::1]:8080/cb"
      })
  void acceptsHttpsAndLoopbackHttp(String uri) {
    assertThat(RedirectUris.validate(List.of(uri))).containsExactly(uri);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/relative/callback",
        "http://app.example/cb",
        "https://app.example/cb#fragment",
        "javascript:alert(1)",
        "ftp://app.example/cb",
        "https:///no-host",
        "not a url"
      })
  void refusesAnythingElseWithAReason(String uri) {
    assertThatThrownBy(() -> RedirectUris.validate(List.of(uri)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'" + uri + "'");
  }

  @Test
  void atLeastOneUriIsRequired() {
    assertThatThrownBy(() -> RedirectUris.validate(List.of())).hasMessageContaining("at least one");
  }

  @Test
  void redirectUrisMatchExactlyAndTheSecretIsHeldAsAHash() {
    OidcClient client =
        OidcClient.register(
            "c1", "Product", List.of("https://app.example/cb"), "rstr_oidc_secret", NOW);
    assertThat(client.allowsRedirect("https://app.example/cb")).isTrue();
    assertThat(client.allowsRedirect("https://app.example/cb/")).isFalse();
    assertThat(client.allowsRedirect("https://app.example/cb?x=1")).isFalse();
    assertThat(client.allowsRedirect("HTTPS://app.example/cb")).isFalse();
    assertThat(client.allowsRedirect(null)).isFalse();
    assertThat(client.secretHash()).doesNotContain("secret").hasSize(64);
    assertThat(client.authenticates("rstr_oidc_secret")).isTrue();
    assertThat(client.authenticates("rstr_oidc_other")).isFalse();
    assertThat(client.authenticates(null)).isFalse();
  }

  @Test
  void pkceS256MatchesTheRfc7636Example() {
    String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    String challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    assertThat(Pkce.challenge(verifier)).isEqualTo(challenge);
    assertThat(Pkce.matches(verifier, challenge)).isTrue();
    assertThat(Pkce.matches(verifier + "x", challenge)).isFalse();
    assertThat(Pkce.matches("short", Pkce.challenge("short"))).isFalse();
    assertThat(Pkce.wellFormedChallenge(challenge)).isTrue();
    assertThat(Pkce.wellFormedChallenge("plain-verifier")).isFalse();
  }
}
