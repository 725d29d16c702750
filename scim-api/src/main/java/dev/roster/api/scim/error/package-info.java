/**
 * The RFC 7644 §3.12 SCIM error body. Which exception becomes which error is decided once, in
 * {@code dev.roster.api.common}.
 */
package dev.roster.api.scim.error;
