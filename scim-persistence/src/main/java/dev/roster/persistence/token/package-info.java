/** Persistence of SCIM tokens (hashes only). */
package dev.roster.persistence.token;
