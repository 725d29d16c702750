package dev.roster.application.webhook;

/** A new webhook and its signing secret, which is shown this once. */
public record CreatedWebhook(WebhookView webhook, String secret) {}
