package dev.roster.application.provisioning;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.application.event.EventRecorder;
import dev.roster.application.organization.ActiveAdminGuard;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.role.MappingSource;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleMapping;
import dev.roster.domain.role.RoleMappingRepository;
import dev.roster.domain.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Managing role mappings; every change re-roles the organization's users in set-based SQL. */
@Stateless
public class RoleMappingService {
  @Inject RoleMappingRepository mappings;
  @Inject OrganizationRepository organizations;
  @Inject UserRepository users;
  @Inject AuditRecorder audit;
  @Inject EventRecorder events;
  @Inject ActiveAdminGuard adminGuard;

  public List<RoleMapping> list(Actor actor) {
    return mappings.findByOrganization(actor.organizationId());
  }

  /**
   * The mappings in the order of {@link #list}, each with how many users it decides; two statements
   * whatever the number of mappings (the counts are one grouped query).
   */
  public List<RoleMappingView> listWithCounts(Actor actor) {
    Map<UUID, Long> counts = mappings.countUsersDecided(actor.organizationId());
    return list(actor).stream()
        .map(m -> RoleMappingView.of(m, counts.getOrDefault(m.id(), 0L)))
        .toList();
  }

  public RoleMapping add(Actor actor, MappingSource source, String idpValue, Role role) {
    RoleMapping mapping =
        new RoleMapping(
            UUID.randomUUID(), actor.organizationId(), source, idpValue, role, Instant.now());
    mappings.add(mapping);
    recompute(actor, AuditActions.ROLE_MAPPING_CREATED, mapping);
    audit.success(
        actor,
        AuditActions.ROLE_MAPPING_CREATED,
        "ROLE_MAPPING",
        mapping.id(),
        source + " '" + mapping.idpValue() + "' -> " + role.displayName());
    return mapping;
  }

  public void remove(Actor actor, UUID id) {
    RoleMapping mapping =
        mappings
            .findById(actor.organizationId(), id)
            .orElseThrow(() -> new NotFoundException("No role mapping " + id + "."));
    mappings.remove(mapping);
    recompute(actor, AuditActions.ROLE_MAPPING_DELETED, mapping);
    audit.success(
        actor,
        AuditActions.ROLE_MAPPING_DELETED,
        "ROLE_MAPPING",
        mapping.id(),
        mapping.source() + " '" + mapping.idpValue() + "' -> " + mapping.role().displayName());
  }

  /**
   * Re-roles the organization's SCIM-managed users; refused (and rolled back) if afterwards no
   * active Admin is left. Set-based recomputation does not say whose role changed, so the check
   * (one query) runs after every mapping change: admins change mappings rarely.
   */
  private void recompute(Actor actor, String action, RoleMapping mapping) {
    Organization organization = organizations.findById(actor.organizationId()).orElseThrow();
    users.recomputeRoles(
        organization.id(), organization.effectiveDefaultRole(), organization.syncGroups());
    events.wroteSetBased();
    adminGuard.requireActiveAdmin(actor, organization, action, "ROLE_MAPPING", mapping.id());
  }
}
