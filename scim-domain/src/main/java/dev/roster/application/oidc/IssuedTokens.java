package dev.roster.application.oidc;

/** What the token endpoint returns. */
public record IssuedTokens(String accessToken, String idToken, long expiresIn) {}
