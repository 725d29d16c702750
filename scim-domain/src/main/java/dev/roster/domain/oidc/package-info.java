/**
 * Roster as an OpenID Connect provider: the host products that sign people in through it (clients),
 * its signing keys, the state of a sign-in, authorization codes and the links between an IdP
 * identity and a provisioned user.
 */
package dev.roster.domain.oidc;
