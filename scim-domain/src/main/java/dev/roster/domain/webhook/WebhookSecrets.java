package dev.roster.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing secrets and signatures as the Standard Webhooks specification writes them, so receivers
 * can verify with any of its libraries: a secret is {@code whsec_} + base64 of 32 random bytes; a
 * signature is {@code v1,} + base64 of HMAC-SHA256 over {@code id.timestamp.body} keyed with the
 * decoded bytes; several signatures (during a secret rotation) are separated by spaces.
 */
public final class WebhookSecrets {
  public static final String PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSecrets() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getEncoder().encodeToString(bytes);
  }

  /** The {@code webhook-signature} header value: one {@code v1,…} per secret, space-separated. */
  public static String signatures(List<String> secrets, String id, long timestamp, String body) {
    return secrets.stream()
        .map(secret -> sign(secret, id, timestamp, body))
        .collect(Collectors.joining(" "));
  }

  public static String sign(String secret, String id, long timestamp, String body) {
    String key = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
      byte[] digest =
          mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
