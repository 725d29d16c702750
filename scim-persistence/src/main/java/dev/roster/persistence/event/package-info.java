/** The event outbox table, its sequencer and its reads. */
package dev.roster.persistence.event;
