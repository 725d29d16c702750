/**
 * Errors for the SCIM, admin and platform APIs: {@link dev.roster.api.common.ErrorStatus} maps each
 * {@link dev.roster.error.ErrorKind} to its status and {@code scimType} (the one table), {@link
 * dev.roster.api.common.RosterExceptionMapper} is the one mapper of Roster's own exceptions, {@link
 * dev.roster.api.common.ErrorResponses} writes the body in the dialect of the API called, and the
 * catch-all mappers answer framework and unexpected failures.
 */
package dev.roster.api.common;
