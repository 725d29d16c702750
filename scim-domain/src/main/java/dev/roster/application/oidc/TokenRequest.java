package dev.roster.application.oidc;

/**
 * A token request: the client's credentials (from the Basic header or the form, whichever it used)
 * and the form's grant parameters.
 */
public record TokenRequest(
    String clientId,
    String clientSecret,
    String grantType,
    String code,
    String redirectUri,
    String codeVerifier) {}
