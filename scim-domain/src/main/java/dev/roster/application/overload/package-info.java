/**
 * Overload protection of the SCIM API: a rate per token ({@link
 * dev.roster.application.overload.TokenBucket}) and a server-wide limit on SCIM requests in flight
 * ({@link dev.roster.application.overload.InFlightLimit}), both refusing with a {@link
 * dev.roster.application.overload.TooManyRequestsException} that tells the caller when to retry.
 * State is per node.
 */
package dev.roster.application.overload;
