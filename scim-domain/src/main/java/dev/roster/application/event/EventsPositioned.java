package dev.roster.application.event;

/**
 * Fired (as a CDI event) after committed events received positions, so that readers on this node,
 * such as the webhook worker, need not wait for their next poll.
 */
public record EventsPositioned(int count) {}
