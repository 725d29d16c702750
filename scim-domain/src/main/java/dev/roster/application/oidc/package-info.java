/**
 * Roster as the host product's OpenID Connect provider: client registration, signing keys, the
 * authorization code flow through the organization's IdP, tokens and userinfo.
 */
package dev.roster.application.oidc;
