package dev.roster.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.domain.common.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScimTokenTest {
  private static final UUID ORG = UUID.fromString("5b0c7c1e-3f4a-4f5e-9d7a-2b1f6e9a0c11");
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Instant EXPIRY = NOW.plus(Duration.ofDays(30));

  private static ScimToken token(Instant expiresAt, Instant revokedAt) {
    return new ScimToken(UUID.randomUUID(), ORG, "Okta", "hash", NOW, expiresAt, revokedAt, null);
  }

  @Nested
  class Issue {
    @Test
    void returnsAValueStartingWithThePrefixAndStoresOnlyItsHash() {
      ScimToken.Issued issued = ScimToken.issue(ORG, "Okta", EXPIRY, NOW);

      assertThat(issued.value()).startsWith(TokenSecrets.PREFIX);
      assertThat(issued.token().hash())
          .isEqualTo(TokenSecrets.hash(issued.value()))
          .isNotEqualTo(issued.value())
          .doesNotContain(issued.value().substring(TokenSecrets.PREFIX.length()));
    }

    @Test
    void theTokenHoldsNoFieldEqualToTheSecret() {
      ScimToken.Issued issued = ScimToken.issue(ORG, "Okta", EXPIRY, NOW);
      ScimToken t = issued.token();

      assertThat(
              Stream.of(
                  t.id(), t.organizationId(), t.name(), t.hash(), t.createdAt(), t.expiresAt()))
          .map(String::valueOf)
          .noneMatch(field -> field.contains(issued.value()));
    }

    @Test
    void recordsOrganizationNameAndInstants() {
      ScimToken t = ScimToken.issue(ORG, "  Entra ID production  ", EXPIRY, NOW).token();

      assertThat(t.id()).isNotNull();
      assertThat(t.organizationId()).isEqualTo(ORG);
      assertThat(t.name()).isEqualTo("Entra ID production");
      assertThat(t.createdAt()).isEqualTo(NOW);
      assertThat(t.expiresAt()).isEqualTo(EXPIRY);
      assertThat(t.revokedAt()).isNull();
      assertThat(t.lastUsedAt()).isNull();
      assertThat(t.status(NOW)).isEqualTo(TokenStatus.ACTIVE);
    }

    @Test
    void everyIssueYieldsADifferentValueIdAndHash() {
      ScimToken.Issued a = ScimToken.issue(ORG, "Okta", null, NOW);
      ScimToken.Issued b = ScimToken.issue(ORG, "Okta", null, NOW);

      assertThat(a.value()).isNotEqualTo(b.value());
      assertThat(a.token().id()).isNotEqualTo(b.token().id());
      assertThat(a.token().hash()).isNotEqualTo(b.token().hash());
    }

    @Test
    void aTokenWithoutExpiryNeverExpires() {
      ScimToken t = ScimToken.issue(ORG, "Okta", null, NOW).token();

      assertThat(t.expiresAt()).isNull();
      assertThat(t.status(NOW.plus(Duration.ofDays(365 * 100)))).isEqualTo(TokenStatus.ACTIVE);
    }

    @Test
    void theExpiryMayBeOneNanosecondAhead() {
      ScimToken t = ScimToken.issue(ORG, "Okta", NOW.plusNanos(1), NOW).token();

      assertThat(t.status(NOW)).isEqualTo(TokenStatus.ACTIVE);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 3600, 86_400 * 365})
    void refusesAnExpiryThatIsNowOrPast(long secondsAgo) {
      Instant expiresAt = NOW.minusSeconds(secondsAgo);

      assertThatThrownBy(() -> ScimToken.issue(ORG, "Okta", expiresAt, NOW))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("expiresAt");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\t"})
    void refusesAMissingName(String name) {
      assertThatThrownBy(() -> ScimToken.issue(ORG, name, EXPIRY, NOW))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("name");
    }

    @Test
    void theNameMayHave200CharactersAfterTrimmingButNotMore() {
      String longest = "t".repeat(200);

      assertThat(ScimToken.issue(ORG, " " + longest + " ", null, NOW).token().name())
          .isEqualTo(longest);
      assertThatThrownBy(() -> ScimToken.issue(ORG, longest + "t", null, NOW))
          .isInstanceOf(ValidationException.class);
    }

    @Test
    void requiresAnOrganization() {
      assertThatThrownBy(() -> ScimToken.issue(null, "Okta", null, NOW))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Revoke {
    @Test
    void revokingRecordsTheInstantAndMakesTheTokenRevoked() {
      ScimToken t = token(EXPIRY, null);
      Instant at = NOW.plusSeconds(60);

      t.revoke(at);

      assertThat(t.revokedAt()).isEqualTo(at);
      assertThat(t.status(at)).isEqualTo(TokenStatus.REVOKED);
    }

    @Test
    void revokingAgainKeepsTheFirstInstant() {
      ScimToken t = token(EXPIRY, null);
      Instant first = NOW.plusSeconds(60);

      t.revoke(first);
      t.revoke(first.plusSeconds(3600));

      assertThat(t.revokedAt()).isEqualTo(first);
    }

    @Test
    void aTokenLoadedAsRevokedStaysRevokedAtItsOriginalInstant() {
      Instant original = NOW.plusSeconds(5);
      ScimToken t = token(null, original);

      t.revoke(NOW.plusSeconds(500));

      assertThat(t.revokedAt()).isEqualTo(original);
    }

    @Test
    void anExpiredTokenCanStillBeRevoked() {
      ScimToken t = token(EXPIRY, null);
      Instant later = EXPIRY.plusSeconds(10);

      t.revoke(later);

      assertThat(t.revokedAt()).isEqualTo(later);
      assertThat(t.status(later)).isEqualTo(TokenStatus.REVOKED);
    }
  }

  @Nested
  class Status {
    @ParameterizedTest(name = "{0} ns from the expiry: {1}")
    @CsvSource({
      "-86400000000000, ACTIVE",
      "-1000000000, ACTIVE",
      "-1, ACTIVE",
      "0, EXPIRED",
      "1, EXPIRED",
      "86400000000000, EXPIRED"
    })
    void expiresExactlyAtItsExpiryInstant(long nanosFromExpiry, TokenStatus expected) {
      ScimToken t = token(EXPIRY, null);

      assertThat(t.status(EXPIRY.plusNanos(nanosFromExpiry))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0, 1})
    void revokedWinsOverExpiredAroundTheExpiry(long secondsFromExpiry) {
      ScimToken t = token(EXPIRY, NOW.plusSeconds(1));

      assertThat(t.status(EXPIRY.plusSeconds(secondsFromExpiry))).isEqualTo(TokenStatus.REVOKED);
    }

    @Test
    void aRevokedTokenWithoutExpiryIsRevoked() {
      assertThat(token(null, NOW).status(NOW)).isEqualTo(TokenStatus.REVOKED);
    }

    @Test
    void statusDependsOnTheInstantAskedAboutNotOnWhenTheTokenWasBuilt() {
      ScimToken t = token(EXPIRY, null);

      assertThat(t.status(EXPIRY.minusSeconds(1))).isEqualTo(TokenStatus.ACTIVE);
      assertThat(t.status(EXPIRY)).isEqualTo(TokenStatus.EXPIRED);
      assertThat(t.status(EXPIRY.minusSeconds(1))).isEqualTo(TokenStatus.ACTIVE);
    }
  }

  @Nested
  class Construction {
    @Test
    void requiresIdOrganizationHashAndCreationInstant() {
      UUID id = UUID.randomUUID();
      assertThatThrownBy(() -> new ScimToken(null, ORG, "n", "h", NOW, null, null, null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> new ScimToken(id, null, "n", "h", NOW, null, null, null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> new ScimToken(id, ORG, "n", null, NOW, null, null, null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> new ScimToken(id, ORG, "n", "h", null, null, null, null))
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aStoredTokenMayAlreadyBePastItsExpiry() {
      ScimToken t =
          new ScimToken(
              UUID.randomUUID(),
              ORG,
              "old",
              "h",
              NOW.minusSeconds(100),
              NOW.minusSeconds(10),
              null,
              NOW.minusSeconds(50));

      assertThat(t.status(NOW)).isEqualTo(TokenStatus.EXPIRED);
      assertThat(t.lastUsedAt()).isEqualTo(NOW.minusSeconds(50));
    }
  }
}
