package dev.roster.domain.token;

import dev.roster.domain.common.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A bearer token an organization's IdP uses for SCIM. Only its hash is ever kept. */
public final class ScimToken {
  private final UUID id;
  private final UUID organizationId;
  private final String name;
  private final String hash;
  private final Instant createdAt;
  private final Instant expiresAt;
  private Instant revokedAt;
  private final Instant lastUsedAt;

  public ScimToken(
      UUID id,
      UUID organizationId,
      String name,
      String hash,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt,
      Instant lastUsedAt) {
    this.id = Objects.requireNonNull(id);
    this.organizationId = Objects.requireNonNull(organizationId);
    if (name == null || name.isBlank() || name.strip().length() > 200) {
      throw new ValidationException("Token name must be 1 to 200 characters.");
    }
    this.name = name.strip();
    this.hash = Objects.requireNonNull(hash);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = expiresAt;
    this.revokedAt = revokedAt;
    this.lastUsedAt = lastUsedAt;
  }

  /** Issues a token; the returned value is shown to the admin once and never stored. */
  public static Issued issue(UUID organizationId, String name, Instant expiresAt, Instant now) {
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new ValidationException("expiresAt must be in the future.");
    }
    String value = TokenSecrets.newValue();
    ScimToken token =
        new ScimToken(
            UUID.randomUUID(),
            organizationId,
            name,
            TokenSecrets.hash(value),
            now,
            expiresAt,
            null,
            null);
    return new Issued(token, value);
  }

  public record Issued(ScimToken token, String value) {}

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public TokenStatus status(Instant now) {
    if (revokedAt != null) {
      return TokenStatus.REVOKED;
    }
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      return TokenStatus.EXPIRED;
    }
    return TokenStatus.ACTIVE;
  }

  public UUID id() {
    return id;
  }

  public UUID organizationId() {
    return organizationId;
  }

  public String name() {
    return name;
  }

  public String hash() {
    return hash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }
}
