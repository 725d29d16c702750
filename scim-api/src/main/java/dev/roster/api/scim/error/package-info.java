/** SCIM error bodies (RFC 7644 §3.12) and the exception mappers that produce them. */
package dev.roster.api.scim.error;
