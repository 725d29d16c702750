package dev.roster.domain.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.domain.common.ConflictException;
import dev.roster.domain.common.ValidationException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SsoConfigurationTest {
  private static final UUID ORG = UUID.fromString("3e9f0a2b-7c4d-4e5f-8a6b-9c0d1e2f3a4b");
  private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final Instant T2 = T0.plusSeconds(120);
  private static final String ISSUER = "https://login.example.com/tenant";

  private static SsoConfiguration active() {
    SsoConfiguration sso = SsoConfiguration.empty(ORG, T0);
    sso.configure(ISSUER, "roster", "enc:secret", T0);
    sso.activate(T1);
    return sso;
  }

  @Test
  void anEmptyConfigurationIsNeitherConfiguredNorActive() {
    SsoConfiguration sso = SsoConfiguration.empty(ORG, T0);

    assertThat(sso.organizationId()).isEqualTo(ORG);
    assertThat(sso.isConfigured()).isFalse();
    assertThat(sso.active()).isFalse();
    assertThat(sso.activatedAt()).isNull();
    assertThat(sso.updatedAt()).isEqualTo(T0);
  }

  @Test
  void requiresAnOrganization() {
    assertThatThrownBy(() -> SsoConfiguration.empty(null, T0))
        .isInstanceOf(NullPointerException.class);
  }

  @Nested
  class Configure {
    @Test
    void storesTrimmedIssuerAndClientAndTheEncryptedSecret() {
      SsoConfiguration sso = SsoConfiguration.empty(ORG, T0);

      sso.configure("  " + ISSUER + " ", " roster\t", "enc:secret", T1);

      assertThat(sso.issuer()).isEqualTo(ISSUER);
      assertThat(sso.clientId()).isEqualTo("roster");
      assertThat(sso.encryptedClientSecret()).isEqualTo("enc:secret");
      assertThat(sso.isConfigured()).isTrue();
      assertThat(sso.active()).isFalse();
      assertThat(sso.updatedAt()).isEqualTo(T1);
    }

    @Test
    void aNullSecretKeepsTheStoredOne() {
      SsoConfiguration sso = active();

      sso.configure(ISSUER, "roster", null, T2);

      assertThat(sso.encryptedClientSecret()).isEqualTo("enc:secret");
    }

    @Test
    void aNewSecretReplacesTheStoredOneWithoutDroppingTheActivation() {
      SsoConfiguration sso = active();

      sso.configure(ISSUER, "roster", "enc:rotated", T2);

      assertThat(sso.encryptedClientSecret()).isEqualTo("enc:rotated");
      assertThat(sso.active()).isTrue();
      assertThat(sso.activatedAt()).isEqualTo(T1);
      assertThat(sso.updatedAt()).isEqualTo(T2);
    }

    @Test
    void theSameIssuerAndClientWrittenWithSpacesKeepTheActivation() {
      SsoConfiguration sso = active();

      sso.configure(" " + ISSUER + " ", " roster ", null, T2);

      assertThat(sso.active()).isTrue();
      assertThat(sso.activatedAt()).isEqualTo(T1);
    }

    @ParameterizedTest
    @CsvSource({
      "https://login.example.com/other, roster",
      "https://login.example.com/tenant/, roster",
      "https://login.example.com/tenant, roster2",
      "https://login.example.com/tenant, Roster"
    })
    void aNewIssuerOrClientMustBeActivatedAgain(String issuer, String clientId) {
      SsoConfiguration sso = active();

      sso.configure(issuer, clientId, null, T2);

      assertThat(sso.active()).isFalse();
      assertThat(sso.activatedAt()).isNull();
      assertThat(sso.issuer()).isEqualTo(issuer);
      assertThat(sso.clientId()).isEqualTo(clientId);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "https://login.example.com",
          "http://localhost:8180/realms/roster",
          "HTTPS://LOGIN.EXAMPLE.COM/tenant",
          "https://login.example.com/tenant/v2.0/"
        })
    void acceptsAbsoluteHttpAndHttpsIssuers(String issuer) {
      SsoConfiguration sso = SsoConfiguration.empty(ORG, T0);

      sso.configure(issuer, "roster", null, T1);

      assertThat(sso.issuer()).isEqualTo(issuer);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
        strings = {
          "",
          "   ",
          "login.example.com",
          "/tenant",
          "ftp://login.example.com",
          "https://",
          "https:///tenant",
          "https://login.example.com/tenant?x=1",
          "https://login.example.com/tenant?",
          "https://login.example.com/tenant#frag",
          "https://login example.com",
          "mailto:admin@example.com"
        })
    void refusesAnythingButAnAbsoluteHttpUrlWithoutQueryOrFragment(String issuer) {
      SsoConfiguration sso = SsoConfiguration.empty(ORG, T0);

      assertThatThrownBy(() -> sso.configure(issuer, "roster", "enc", T1))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("issuer");
      assertThat(sso.isConfigured()).isFalse();
      assertThat(sso.encryptedClientSecret()).isNull();
      assertThat(sso.updatedAt()).isEqualTo(T0);
    }

    @Test
    void theIssuerMayHave500CharactersButNotMore() {
      String prefix = "https://login.example.com/";
      String longest = prefix + "p".repeat(500 - prefix.length());
      SsoConfiguration sso = SsoConfiguration.empty(ORG, T0);

      sso.configure(longest, "roster", null, T1);
      assertThat(sso.issuer()).isEqualTo(longest);

      assertThatThrownBy(() -> sso.configure(longest + "p", "roster", null, T1))
          .isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void requiresAClientId(String clientId) {
      SsoConfiguration sso = active();

      assertThatThrownBy(() -> sso.configure(ISSUER, clientId, "enc:other", T2))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("clientId");
      assertThat(sso.clientId()).isEqualTo("roster");
      assertThat(sso.encryptedClientSecret()).isEqualTo("enc:secret");
      assertThat(sso.active()).isTrue();
    }

    @Test
    void theClientIdMayHave300CharactersButNotMore() {
      SsoConfiguration sso = SsoConfiguration.empty(ORG, T0);
      String longest = "c".repeat(300);

      sso.configure(ISSUER, longest, null, T1);
      assertThat(sso.clientId()).isEqualTo(longest);

      assertThatThrownBy(() -> sso.configure(ISSUER, longest + "c", null, T1))
          .isInstanceOf(ValidationException.class);
    }

    @Test
    void anInvalidChangeLeavesAnActiveConfigurationAlone() {
      SsoConfiguration sso = active();

      assertThatThrownBy(() -> sso.configure("not a url", "other", "enc:other", T2))
          .isInstanceOf(ValidationException.class);
      assertThat(sso.issuer()).isEqualTo(ISSUER);
      assertThat(sso.clientId()).isEqualTo("roster");
      assertThat(sso.active()).isTrue();
      assertThat(sso.updatedAt()).isEqualTo(T0);
    }
  }

  @Nested
  class WouldDeactivate {
    @ParameterizedTest
    @CsvSource({
      "https://login.example.com/tenant, roster, false",
      "'  https://login.example.com/tenant ', ' roster ', false",
      "https://login.example.com/other, roster, true",
      "https://login.example.com/tenant, other, true"
    })
    void predictsWhatConfigureWouldDo(String issuer, String clientId, boolean expected) {
      SsoConfiguration predicted = active();
      SsoConfiguration changed = active();

      boolean would = predicted.wouldDeactivate(issuer, clientId);
      changed.configure(issuer, clientId, null, T2);

      assertThat(would).isEqualTo(expected).isEqualTo(!changed.active());
    }

    @Test
    void aMissingClientWouldDeactivate() {
      assertThat(active().wouldDeactivate(ISSUER, null)).isTrue();
    }

    @Test
    void nothingDeactivatesAnInactiveConfiguration() {
      SsoConfiguration sso = SsoConfiguration.empty(ORG, T0);
      sso.configure(ISSUER, "roster", null, T0);

      assertThat(sso.wouldDeactivate("https://elsewhere.example.com", "other")).isFalse();
    }

    @Test
    void anInvalidIssuerIsRefusedWhileActive() {
      assertThatThrownBy(() -> active().wouldDeactivate("ftp://x", "roster"))
          .isInstanceOf(ValidationException.class);
    }
  }

  @Nested
  class Activation {
    @Test
    void activatingRecordsTheInstant() {
      SsoConfiguration sso = SsoConfiguration.empty(ORG, T0);
      sso.configure(ISSUER, "roster", null, T0);

      sso.activate(T1);

      assertThat(sso.active()).isTrue();
      assertThat(sso.activatedAt()).isEqualTo(T1);
    }

    @Test
    void anUnconfiguredSsoCannotBeActivated() {
      SsoConfiguration sso = SsoConfiguration.empty(ORG, T0);

      assertThatThrownBy(() -> sso.activate(T1))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("Configure");
      assertThat(sso.active()).isFalse();
      assertThat(sso.activatedAt()).isNull();
    }

    @Test
    void aStoredConfigurationWithoutClientIsNotConfigured() {
      SsoConfiguration sso = new SsoConfiguration(ORG, ISSUER, null, null, false, null, T0);

      assertThat(sso.isConfigured()).isFalse();
      assertThatThrownBy(() -> sso.activate(T1)).isInstanceOf(ValidationException.class);
    }

    @Test
    void deactivatingClearsTheActivationButKeepsTheConfiguration() {
      SsoConfiguration sso = active();

      sso.deactivate();

      assertThat(sso.active()).isFalse();
      assertThat(sso.activatedAt()).isNull();
      assertThat(sso.isConfigured()).isTrue();
      assertThat(sso.issuer()).isEqualTo(ISSUER);
      assertThat(sso.encryptedClientSecret()).isEqualTo("enc:secret");
    }

    @Test
    void reactivatingRecordsTheNewInstant() {
      SsoConfiguration sso = active();
      sso.deactivate();

      sso.activate(T2);

      assertThat(sso.active()).isTrue();
      assertThat(sso.activatedAt()).isEqualTo(T2);
    }
  }

  @Nested
  class PasswordSignIn {
    @Test
    void isOnUntilTurnedOffOnceAnAdminSignedInThroughSso() {
      SsoConfiguration sso = active();
      assertThat(sso.passwordSignIn()).isTrue();
      assertThatThrownBy(() -> sso.disablePasswordSignIn(false))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("once an Admin has signed in through single sign-on");
      sso.disablePasswordSignIn(true);
      assertThat(sso.passwordSignIn()).isFalse();
      sso.enablePasswordSignIn();
      assertThat(sso.passwordSignIn()).isTrue();
    }

    @Test
    void cannotBeTurnedOffWithoutActiveSso() {
      SsoConfiguration sso = SsoConfiguration.empty(ORG, T0);
      assertThatThrownBy(() -> sso.disablePasswordSignIn(true))
          .hasMessageContaining("while single sign-on is active");
    }

    @Test
    void comesBackWheneverSsoStopsWorking() {
      SsoConfiguration deactivated = active();
      deactivated.disablePasswordSignIn(true);
      deactivated.deactivate();
      assertThat(deactivated.passwordSignIn()).isTrue();

      SsoConfiguration reconfigured = active();
      reconfigured.disablePasswordSignIn(true);
      reconfigured.configure("https://other.example.com", "client", null, T1);
      assertThat(reconfigured.passwordSignIn()).isTrue();

      assertThat(
              new SsoConfiguration(ORG, ISSUER, "c", null, false, null, T0, false).passwordSignIn())
          .as("stored off while inactive reads as on")
          .isTrue();
    }
  }
}
