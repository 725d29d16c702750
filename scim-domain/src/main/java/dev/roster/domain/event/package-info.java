/**
 * Change events for the host product: what changed, written in the transaction of the change (an
 * outbox), read in the order of their final positions.
 */
package dev.roster.domain.event;
