package dev.roster.application.oidc;

/** A client just registered, with its secret: the only time the secret is shown. */
public record RegisteredClient(OidcClientView client, String clientSecret) {}
