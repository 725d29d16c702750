package dev.roster.application.provisioning;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.application.common.RosterConfig;
import dev.roster.application.event.EventData;
import dev.roster.application.event.EventRecorder;
import dev.roster.application.organization.ActiveAdminGuard;
import dev.roster.application.sso.SsoService;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.event.EventTypes;
import dev.roster.domain.organization.DisableMode;
import dev.roster.domain.organization.IdentityProvider;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.role.Role;
import dev.roster.domain.token.ScimTokenRepository;
import dev.roster.domain.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;

/** Provisioning settings, enabling SCIM, and disabling it in SOFT or LOCK mode. */
@Stateless
public class ProvisioningService {
  @Inject OrganizationRepository organizations;
  @Inject UserRepository users;
  @Inject ScimTokenRepository tokens;
  @Inject SsoService sso;
  @Inject AuditRecorder audit;
  @Inject EventRecorder events;
  @Inject RosterConfig config;
  @Inject ActiveAdminGuard adminGuard;

  public ProvisioningView get(Actor actor) {
    return view(load(actor));
  }

  public ProvisioningView update(
      Actor actor,
      IdentityProvider identityProvider,
      Role defaultRole,
      boolean autoActivateUsers,
      boolean syncGroups) {
    Organization organization = load(actor);
    boolean rolesChange =
        !Objects.equals(organization.defaultRole(), defaultRole)
            || organization.syncGroups() != syncGroups;
    organization.changeSettings(identityProvider, defaultRole, autoActivateUsers, syncGroups);
    organizations.update(organization);
    if (rolesChange) {
      users.recomputeRoles(
          organization.id(), organization.effectiveDefaultRole(), organization.syncGroups());
      events.wroteSetBased();
      adminGuard.requireActiveAdmin(
          actor,
          organization,
          AuditActions.PROVISIONING_SETTINGS_CHANGED,
          "ORGANIZATION",
          organization.id());
    }
    audit.success(
        actor,
        AuditActions.PROVISIONING_SETTINGS_CHANGED,
        "ORGANIZATION",
        organization.id(),
        "identityProvider="
            + identityProvider
            + " defaultRole="
            + (defaultRole == null ? null : defaultRole.displayName())
            + " autoActivateUsers="
            + autoActivateUsers
            + " syncGroups="
            + syncGroups);
    return view(organization);
  }

  public ProvisioningView enable(Actor actor) {
    Organization organization = load(actor);
    organization.enableScim(sso.isActive(organization.id()));
    organizations.update(organization);
    events.record(
        organization.id(), EventTypes.PROVISIONING_ENABLED, EventData.organization(organization));
    audit.success(
        actor, AuditActions.PROVISIONING_ENABLED, "ORGANIZATION", organization.id(), null);
    return view(organization);
  }

  public DisableOutcome preview(Actor actor, DisableMode mode) {
    Organization organization = load(actor);
    return new DisableOutcome(
        mode,
        users.countScimManaged(organization.id()),
        tokens.countActive(organization.id(), Instant.now()));
  }

  /** Turns SCIM off, changes the users and revokes every token in one transaction. */
  public DisableOutcome disable(Actor actor, DisableMode mode) {
    Organization organization = load(actor);
    organization.disableScim();
    organizations.update(organization);
    int affected;
    if (mode == DisableMode.LOCK) {
      affected = users.lockAllScimManaged(organization.id());
      events.wroteSetBased();
      // Locking may take the last active Admin if the IdP provisioned them.
      adminGuard.requireActiveAdmin(
          actor,
          organization,
          AuditActions.PROVISIONING_DISABLED,
          "ORGANIZATION",
          organization.id());
    } else {
      affected = users.releaseAllFromScim(organization.id());
      events.wroteSetBased();
    }
    int revoked = tokens.revokeAll(organization.id(), Instant.now());
    events.record(
        organization.id(),
        EventTypes.PROVISIONING_DISABLED,
        EventData.organization(organization).add("mode", mode.name()));
    audit.success(
        actor,
        AuditActions.PROVISIONING_DISABLED,
        "ORGANIZATION",
        organization.id(),
        "mode=" + mode + " usersAffected=" + affected + " tokensRevoked=" + revoked);
    return new DisableOutcome(mode, affected, revoked);
  }

  private Organization load(Actor actor) {
    return organizations.findById(actor.organizationId()).orElseThrow();
  }

  private ProvisioningView view(Organization o) {
    return new ProvisioningView(
        o.identityProvider(),
        o.defaultRole(),
        o.autoActivateUsers(),
        o.syncGroups(),
        o.scimEnabled(),
        config.scimBaseUrl(),
        o.enableBlockers(sso.isActive(o.id())));
  }
}
