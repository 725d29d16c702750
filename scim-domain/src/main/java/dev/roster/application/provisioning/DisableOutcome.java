package dev.roster.application.provisioning;

import dev.roster.domain.organization.DisableMode;

/** What disabling SCIM does (preview) or did. */
public record DisableOutcome(DisableMode mode, long usersAffected, long tokens) {}
