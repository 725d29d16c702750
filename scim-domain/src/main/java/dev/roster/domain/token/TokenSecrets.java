package dev.roster.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generates and hashes SCIM token values. A value is {@code rstr_scim_} followed by 256 random bits
 * in base64url: the prefix lets secret scanners recognise a leaked token. Only the SHA-256 of a
 * value is stored; a high-entropy secret needs no slow KDF, and a fast hash lets every request be
 * looked up by an indexed equality.
 */
public final class TokenSecrets {
  public static final String PREFIX = "rstr_scim_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  public static String newValue() {
    return newValue(PREFIX);
  }

  /** 256 random bits in base64url after {@code prefix} (OIDC client secrets, codes, states). */
  public static String newValue(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String hash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Constant-time comparison of two hex hashes. */
  public static boolean sameHash(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
