package dev.roster.domain.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** PKCE with S256 (RFC 7636): the only method Roster accepts. */
public final class Pkce {
  public static final String S256 = "S256";

  private Pkce() {}

  /** BASE64URL(SHA256(verifier)). */
  public static String challenge(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A well-formed challenge: 43 base64url characters (a SHA-256). */
  public static boolean wellFormedChallenge(String challenge) {
    return challenge != null && challenge.matches("[A-Za-z0-9_-]{43}");
  }

  /** RFC 7636 §4.1: 43 to 128 unreserved characters. */
  public static boolean matches(String verifier, String challenge) {
    return verifier != null
        && verifier.matches("[A-Za-z0-9._~-]{43,128}")
        && MessageDigest.isEqual(
            challenge(verifier).getBytes(StandardCharsets.US_ASCII),
            challenge.getBytes(StandardCharsets.US_ASCII));
  }
}
