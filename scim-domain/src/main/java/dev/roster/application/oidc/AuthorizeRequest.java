package dev.roster.application.oidc;

/** The parameters of {@code /oidc/authorize}, as sent. */
public record AuthorizeRequest(
    String clientId,
    String redirectUri,
    String responseType,
    String scope,
    String state,
    String nonce,
    String codeChallenge,
    String codeChallengeMethod,
    String organization) {}
