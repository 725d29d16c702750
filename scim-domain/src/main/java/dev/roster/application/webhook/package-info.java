/**
 * Webhook use cases: registering endpoints (platform and organization), rotating their secrets, and
 * delivering events to them at least once, in order per organization and endpoint, from a worker on
 * Jakarta Concurrency that claims deliveries with leases.
 */
package dev.roster.application.webhook;
