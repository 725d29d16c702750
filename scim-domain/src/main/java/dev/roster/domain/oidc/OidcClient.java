package dev.roster.domain.oidc;

import dev.roster.domain.common.ValidationException;
import dev.roster.domain.token.TokenSecrets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A host product that signs people in through Roster: its redirect URIs (matched exactly) and the
 * hash of its secret. The secret is shown once, when the client is registered.
 */
public final class OidcClient {
  private final String clientId;
  private final String name;
  private final String secretHash;
  private final List<String> redirectUris;
  private final Instant createdAt;

  public OidcClient(
      String clientId,
      String name,
      String secretHash,
      List<String> redirectUris,
      Instant createdAt) {
    this.clientId = Objects.requireNonNull(clientId);
    this.name = Objects.requireNonNull(name);
    this.secretHash = Objects.requireNonNull(secretHash);
    this.redirectUris = List.copyOf(redirectUris);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** A new client with a validated name and redirect URIs and the hash of {@code secret}. */
  public static OidcClient register(
      String clientId, String name, List<String> redirectUris, String secret, Instant now) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new ValidationException("name is required (at most 200 characters).");
    }
    return new OidcClient(
        clientId,
        name.strip(),
        TokenSecrets.hash(secret),
        RedirectUris.validate(redirectUris),
        now);
  }

  /** Exact match, so that nothing can be appended to a registered URI (no open redirect). */
  public boolean allowsRedirect(String redirectUri) {
    return redirectUri != null && redirectUris.contains(redirectUri);
  }

  public boolean authenticates(String secret) {
    return secret != null && TokenSecrets.sameHash(TokenSecrets.hash(secret), secretHash);
  }

  public String clientId() {
    return clientId;
  }

  public String name() {
    return name;
  }

  public String secretHash() {
    return secretHash;
  }

  public List<String> redirectUris() {
    return redirectUris;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
