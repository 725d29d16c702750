/**
 * The one root of every error Roster reports to a caller, and the kinds of error there are.
 *
 * <p>Neutral ground, like {@code dev.roster.json}: the SCIM protocol code ({@code dev.roster.scim})
 * and the product ({@code dev.roster.domain}, {@code dev.roster.application}) both extend {@link
 * dev.roster.error.RosterException} without depending on each other. An exception says what went
 * wrong ({@link dev.roster.error.ErrorKind}), never an HTTP status: the API module maps each kind
 * to a status, a SCIM {@code scimType} and an admin error body in one place.
 */
package dev.roster.error;
