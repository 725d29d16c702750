/**
 * Webhook endpoints that receive Roster's events: which URLs may be called (no server-side request
 * forgery), how deliveries are signed (Standard Webhooks), when a failed delivery is retried, and
 * the repositories that keep endpoints and their deliveries.
 */
package dev.roster.domain.webhook;
