/**
 * Persistence of Roster's OpenID Connect provider: clients, signing keys, sign-ins in progress,
 * codes and identity links. Reads over {@code JdbcReads}, writes as statements through JPA.
 */
package dev.roster.persistence.oidc;
