package dev.roster.application.admin;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.role.RoleMapping;
import dev.roster.domain.role.RoleMappingRepository;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import dev.roster.domain.user.UserSearch;
import dev.roster.domain.user.UserStatus;
import dev.roster.scim.query.ResultPage;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What an organization's admins do with people: find, inspect, activate. */
@Stateless
public class UserAdminService {
  @Inject UserRepository users;
  @Inject UserSearch search;
  @Inject RoleMappingRepository mappings;
  @Inject AuditRecorder audit;

  public record Page(List<UserView> items, long total) {}

  public Page search(Actor actor, String text, UserStatus status, int page, int size) {
    ResultPage<User> found = search.search(actor.organizationId(), text, status, page, size);
    return new Page(found.items().stream().map(u -> summary(u)).toList(), found.total());
  }

  public UserView get(Actor actor, UUID id) {
    return detailed(load(actor, id));
  }

  /** Lets a PENDING, LOCKED or INACTIVE person in. */
  public UserView activate(Actor actor, UUID id) {
    User user = load(actor, id);
    UserStatus before = user.status();
    user.activateByAdmin();
    user.touch(Instant.now());
    users.update(user);
    audit.success(actor, AuditActions.USER_ACTIVATED, "USER", user.id(), "from " + before);
    return detailed(user);
  }

  private User load(Actor actor, UUID id) {
    return users
        .findById(actor.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("No user " + id + " in this organization."));
  }

  private static UserView summary(User u) {
    return view(u, null);
  }

  private UserView detailed(User u) {
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
            users.groupNames(u.organizationId(), u.id()));
    return view(u, explanation);
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
