package dev.roster.application.admin;

import dev.roster.application.common.Actor;
import dev.roster.domain.role.RoleMapping;
import dev.roster.domain.role.RoleMappingRepository;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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
            u.role(),
            u.roleDecision().reason().name(),
            mapping == null
                ? null
                : new UserView.MappingRef(
                    mapping.id(), mapping.source().name(), mapping.idpValue(), mapping.role()),
            u.idpRoles(),
            groups);
    return view(u, explanation);
  }

  /** A user for a list: no role explanation. */
  public static UserView summary(User u) {
    return view(u, null);
  }

  private static UserView view(User u, UserView.RoleExplanation explanation) {
    return new UserView(
        u.id(),
        u.userName(),
        u.email(),
        u.displayName(),
        u.role(),
        u.status(),
        u.scimManaged(),
        explanation);
  }
}
