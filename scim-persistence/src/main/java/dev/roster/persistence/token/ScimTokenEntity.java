package dev.roster.persistence.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "scim_token")
public class ScimTokenEntity {
  @Id UUID id;

  @Column(name = "organization_id")
  UUID organizationId;

  String name;

  @Column(name = "token_hash")
  String tokenHash;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "expires_at")
  Instant expiresAt;

  @Column(name = "revoked_at")
  Instant revokedAt;

  @Column(name = "last_used_at")
  Instant lastUsedAt;
}
