package dev.roster.application.organization;

import java.time.Instant;
import java.util.UUID;

/** What boundaries may show of an organization. */
public record OrganizationSummary(UUID id, String slug, String name, Instant createdAt) {}
