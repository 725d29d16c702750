package dev.roster.application.scim;

import dev.roster.application.event.EventRecorder;
import dev.roster.domain.group.GroupRepository;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.role.MappingSource;
import dev.roster.domain.role.RoleDecision;
import dev.roster.domain.role.RoleMapping;
import dev.roster.domain.role.RoleMappingRepository;
import dev.roster.domain.role.RoleResolver;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Decides users' roles from their IdP role values and, with group sync, their groups, by the rule
 * of {@link RoleResolver}.
 */
@ApplicationScoped
public class RoleAssigner {
  @Inject RoleMappingRepository mappings;
  @Inject GroupRepository groups;
  @Inject UserRepository users;
  @Inject EventRecorder events;

  /** Sets the role of {@code user} from its role values and current groups. */
  public void assign(Organization org, User user) {
    List<String> groupNames =
        org.syncGroups()
            ? groups
                .groupsOf(org.id(), List.of(user.id()))
                .getOrDefault(user.id(), List.of())
                .stream()
                .map(GroupRepository.GroupRef::displayName)
                .toList()
            : List.of();
    user.changeRole(decide(org, mappings.findByOrganization(org.id()), user, groupNames));
  }

  /**
   * Sets the role of a user being created: it is in no group yet, so only its role values count,
   * and without any the organization's default applies without reading the mappings.
   */
  public void assignNew(Organization org, User user) {
    if (user.idpRoles().isEmpty()) {
      user.changeRole(RoleDecision.byDefault(org.effectiveDefaultRole()));
    } else {
      user.changeRole(decide(org, mappings.findByOrganization(org.id()), user, List.of()));
    }
  }

  static RoleDecision decide(
      Organization org, List<RoleMapping> mappings, User user, List<String> groupNames) {
    return RoleResolver.resolve(
        mappings, user.idpRoles(), groupNames, org.syncGroups(), org.effectiveDefaultRole());
  }

  /** Whether a group mapping names one of these group display names. */
  public boolean groupMapped(Organization org, String... displayNames) {
    if (!org.syncGroups()) {
      return false;
    }
    for (RoleMapping m : mappings.findByOrganization(org.id())) {
      for (String name : displayNames) {
        if (m.source() == MappingSource.GROUP && m.key().equals(RoleMapping.normalize(name))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Re-decides the roles of users whose groups changed; only decisions that change are written.
   * Returns whether an active Admin lost the Admin role, so that the caller checks that the
   * organization keeps one (see {@code ActiveAdminGuard}).
   */
  public boolean reassign(Organization org, Collection<UUID> userIds) {
    boolean adminDemoted = false;
    for (UUID id : userIds) {
      User user = users.findById(org.id(), id).orElse(null);
      if (user == null) {
        continue;
      }
      RoleDecision before = user.roleDecision();
      boolean wasActiveAdmin = user.isActiveAdmin();
      assign(org, user);
      if (!before.equals(user.roleDecision())) {
        user.touch(Instant.now());
        users.update(user);
        events.roleChanged(before.role(), user);
        adminDemoted |= wasActiveAdmin && !user.isActiveAdmin();
      }
    }
    return adminDemoted;
  }
}
