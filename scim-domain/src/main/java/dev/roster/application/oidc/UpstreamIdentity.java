package dev.roster.application.oidc;

/** Who the IdP says signed in: from its validated ID token. */
public record UpstreamIdentity(
    String issuer, String subject, String email, Boolean emailVerified) {}
