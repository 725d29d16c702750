package dev.roster.application.sso;

import java.time.Instant;

/** SSO settings as admins see them: whether a secret is set, never the secret. */
public record SsoView(
    String protocol,
    String issuer,
    String clientId,
    boolean clientSecretSet,
    boolean active,
    Instant activatedAt,
    boolean passwordSignIn) {}
