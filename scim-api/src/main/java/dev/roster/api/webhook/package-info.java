/**
 * The webhooks API, for an organization's admins ({@code /api/admin/v1/webhooks}) and for the
 * platform operator ({@code /api/platform/v1/webhooks}): the same operations over differently owned
 * webhooks.
 */
package dev.roster.api.webhook;
