/** SCIM bearer tokens: issue, hash, expire, revoke. */
package dev.roster.domain.token;
