/**
 * One exception per SCIM error type (RFC 7644 §3.12). They carry the {@code scimType}, never an
 * HTTP status: the API module maps them.
 */
package dev.roster.scim.error;
