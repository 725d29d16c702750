/**
 * One exception per SCIM error type (RFC 7644 §3.12), all under {@link
 * dev.roster.scim.error.ScimProtocolException} and so under the common root {@link
 * dev.roster.error.RosterException}. They carry an {@link dev.roster.error.ErrorKind}, never an
 * HTTP status or a {@code scimType}: the API module maps the kind. The parsers' own errors, which
 * also carry the position of the problem, live beside their grammar: {@code
 * dev.roster.scim.filter.InvalidFilterException} and {@code
 * dev.roster.scim.path.InvalidPathException} (also used for a PATCH path that names no attribute).
 */
package dev.roster.scim.error;
