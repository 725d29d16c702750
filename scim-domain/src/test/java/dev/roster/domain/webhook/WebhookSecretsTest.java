package dev.roster.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookSecretsTest {

  /** The test vector of the Standard Webhooks reference libraries ("sign function works"). */
  @Test
  void signsLikeTheStandardWebhooksReference() {
    assertThat(
            WebhookSecrets.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L,
                "{\"test\": 2432232314}"))
        .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void theSecretPrefixIsOptionalWhenSigning() {
    assertThat(WebhookSecrets.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_1", 1L, "{}"))
        .isEqualTo(
            WebhookSecrets.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_1", 1L, "{}"));
  }

  @Test
  void aNewSecretIsThePrefixAndBase64Of32RandomBytes() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String secret = WebhookSecrets.newSecret();
      assertThat(secret).startsWith("whsec_");
      assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
      seen.add(secret);
    }
    assertThat(seen).hasSize(100);
  }

  @Test
  void duringARotationBothSignaturesAreSentSpaceSeparated() {
    String a = WebhookSecrets.newSecret();
    String b = WebhookSecrets.newSecret();
    String header = WebhookSecrets.signatures(List.of(a, b), "msg_x", 42L, "{\"a\":1}");

    assertThat(header.split(" "))
        .containsExactly(
            WebhookSecrets.sign(a, "msg_x", 42L, "{\"a\":1}"),
            WebhookSecrets.sign(b, "msg_x", 42L, "{\"a\":1}"));
  }

  @Test
  void theSignatureCoversIdTimestampAndBody() {
    String s = WebhookSecrets.newSecret();
    String base = WebhookSecrets.sign(s, "msg_1", 10L, "{}");
    assertThat(WebhookSecrets.sign(s, "msg_2", 10L, "{}")).isNotEqualTo(base);
    assertThat(WebhookSecrets.sign(s, "msg_1", 11L, "{}")).isNotEqualTo(base);
    assertThat(WebhookSecrets.sign(s, "msg_1", 10L, "{ }")).isNotEqualTo(base);
  }
}
