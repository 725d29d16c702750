package dev.roster.application.admin;

import dev.roster.application.common.Actor;
import dev.roster.domain.role.RoleMapping;
import dev.roster.domain.role.RoleMappingRepository;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Turns users into the views the admin screens show; the one place a {@link UserView} is made. */
@ApplicationScoped
public class UserViews {
  @Inject UserRepository users;
  @Inject RoleMappingRepository mappings;

  /** The organization's user with this email, ignoring case and surrounding blanks. */
  public Optional<User> byEmail(Actor actor, String email) {
    return email == null || email.isBlank()
        ? Optional.empty()
        : users.findByEmail(actor.organizationId(), email);
  }

  /** A user with why they have their role (two small queries: its mapping, its groups). */
  public UserView detailed(User u) {
    return detailed(u, users.groupNames(u.organizationId(), u.id()));
  }

  /** As {@link #detailed(User)}, with the user's group names already read. */
  public UserView detailed(User u, List<String> groups) {
    UUID mappingId = u.roleDecision().mappingId();
    RoleMapping mapping =
        mappingId == null ? null : mappings.findById(u.organizationId(), mappingId).orElse(null);
    UserView.RoleExplanation explanation =
        new UserView.RoleExplanation(
            u.role(), u.roleDecision().reason().name(), ref(mapping), u.idpRoles(), groups);
    return view(u, explanation);
  }

  /**
   * Users for a list page, each with the mapping that decided their role: the organization's
   * mappings are read once for the page (one small query), never per row.
   */
  public List<UserView> page(UUID organizationId, List<User> page) {
    if (page.stream().allMatch(u -> u.roleDecision().mappingId() == null)) {
      return page.stream().map(u -> view(u, null)).toList();
    }
    Map<UUID, RoleMapping> byId = new HashMap<>();
    mappings.findByOrganization(organizationId).forEach(m -> byId.put(m.id(), m));
    return page.stream()
        .map(u -> view(u, null, ref(byId.get(u.roleDecision().mappingId()))))
        .toList();
  }

  /** A user as lists show it, without the mapping (what change events carry). */
  public static UserView summary(User u) {
    return view(u, null, null);
  }

  private static UserView.MappingRef ref(RoleMapping mapping) {
    return mapping == null
        ? null
        : new UserView.MappingRef(
            mapping.id(), mapping.source().name(), mapping.idpValue(), mapping.role());
  }

  private static UserView view(User u, UserView.RoleExplanation explanation) {
    return view(u, explanation, explanation == null ? null : explanation.mapping());
  }

  private static UserView view(
      User u, UserView.RoleExplanation explanation, UserView.MappingRef roleMapping) {
    return new UserView(
        u.id(),
        u.userName(),
        u.email(),
        u.displayName(),
        u.role(),
        u.status(),
        u.scimManaged(),
        explanation,
        roleMapping);
  }
}
