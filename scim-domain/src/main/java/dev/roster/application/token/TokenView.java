package dev.roster.application.token;

import dev.roster.domain.token.TokenStatus;
import java.time.Instant;
import java.util.UUID;

/** A token as admins see it: never its value. */
public record TokenView(
    UUID id,
    String name,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt,
    TokenStatus status) {}
