package dev.roster.domain.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenSecretsTest {

  @Test
  void aValueIsThePrefixFollowedBy256RandomBitsInUnpaddedBase64Url() {
    String value = TokenSecrets.newValue();

    assertThat(value).startsWith("rstr_scim_");
    String secret = value.substring(TokenSecrets.PREFIX.length());
    assertThat(secret).matches("[A-Za-z0-9_-]{43}");
    assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
  }

  @Test
  void valuesDoNotRepeat() {
    Set<String> values = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      values.add(TokenSecrets.newValue());
    }

    assertThat(values).hasSize(1000);
  }

  @ParameterizedTest
  @CsvSource({
    "'', e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
  })
  void theHashIsLowercaseHexSha256OfTheUtf8Value(String value, String expected) {
    assertThat(TokenSecrets.hash(value)).isEqualTo(expected);
  }

  @Test
  void theHashOfAValueIsStableAnd64HexCharacters() {
    String value = TokenSecrets.newValue();

    assertThat(TokenSecrets.hash(value))
        .isEqualTo(TokenSecrets.hash(value))
        .matches("[0-9a-f]{64}");
  }

  @Test
  void aPresentedValueMatchesOnlyItsOwnHash() {
    String value = TokenSecrets.newValue();
    String stored = TokenSecrets.hash(value);

    assertThat(TokenSecrets.sameHash(TokenSecrets.hash(value), stored)).isTrue();
    assertThat(TokenSecrets.sameHash(TokenSecrets.hash(TokenSecrets.newValue()), stored)).isFalse();
    assertThat(TokenSecrets.sameHash(TokenSecrets.hash(value + " "), stored)).isFalse();
    assertThat(TokenSecrets.sameHash(TokenSecrets.hash(value.toUpperCase(Locale.ROOT)), stored))
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource({"abcd, abcd, true", "abcd, abce, false", "abcd, abc, false", "'', '', true"})
  void sameHashComparesWholeStrings(String a, String b, boolean same) {
    assertThat(TokenSecrets.sameHash(a, b)).isEqualTo(same);
  }
}
