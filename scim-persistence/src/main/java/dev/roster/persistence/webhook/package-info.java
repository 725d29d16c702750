/**
 * Persistence of webhooks and their deliveries, in plain JDBC: the claim is a {@code SELECT … FOR
 * UPDATE SKIP LOCKED} and the fan-out a batch insert, neither of which JPA expresses.
 */
package dev.roster.persistence.webhook;
