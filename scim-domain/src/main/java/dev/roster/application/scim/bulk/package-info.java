/**
 * RFC 7644 §3.7 bulk requests: parsing the operations, resolving {@code bulkId} references between
 * them, and running each one through the ordinary /Users and /Groups use cases in its own
 * transaction (a bulk request is not atomic).
 */
package dev.roster.application.scim.bulk;
