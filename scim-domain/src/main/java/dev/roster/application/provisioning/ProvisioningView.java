package dev.roster.application.provisioning;

import dev.roster.domain.organization.EnableBlocker;
import dev.roster.domain.organization.IdentityProvider;
import dev.roster.domain.role.Role;
import java.util.List;

/** An organization's provisioning settings and state. */
public record ProvisioningView(
    IdentityProvider identityProvider,
    Role defaultRole,
    boolean autoActivateUsers,
    boolean syncGroups,
    boolean enabled,
    String scimBaseUrl,
    List<EnableBlocker> enableBlockers) {}
