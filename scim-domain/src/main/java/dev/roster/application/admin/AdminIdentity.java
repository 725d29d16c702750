package dev.roster.application.admin;

import dev.roster.domain.role.Role;
import java.util.UUID;

/** A signed-in admin: who, in which organization, with which role. */
public record AdminIdentity(
    UUID organizationId, String organizationSlug, UUID userId, String email, Role role) {}
