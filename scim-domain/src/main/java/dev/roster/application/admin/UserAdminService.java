package dev.roster.application.admin;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.application.common.Paging;
import dev.roster.application.event.EventRecorder;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import dev.roster.domain.user.UserSearch;
import dev.roster.domain.user.UserSort;
import dev.roster.domain.user.UserStatus;
import dev.roster.scim.query.ResultPage;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What an organization's admins do with people: find, inspect, activate. */
@Stateless
public class UserAdminService {
  @Inject UserRepository users;
  @Inject UserSearch search;
  @Inject AuditRecorder audit;
  @Inject EventRecorder events;
  @Inject UserViews views;

  public record Page(List<UserView> items, long total) {}

  /** The search ordered by userName, ascending. */
  public Page search(Actor actor, String text, UserStatus status, int page, int size) {
    return search(actor, text, status, UserSort.USER_NAME, false, page, size);
  }

  /**
   * Users whose userName, email or displayName contains {@code text} (ignoring case; all when
   * blank), of {@code status} when given, in the order of {@code sort} (userName when null); {@code
   * page} counts from 0, {@code size} is capped at {@link Paging#MAX_SIZE}.
   */
  public Page search(
      Actor actor,
      String text,
      UserStatus status,
      UserSort sort,
      boolean descending,
      int page,
      int size) {
    ResultPage<User> found =
        search.search(
            actor.organizationId(),
            text,
            status,
            sort == null ? UserSort.USER_NAME : sort,
            descending,
            Paging.page(page),
            Paging.size(size));
    return new Page(views.page(actor.organizationId(), found.items()), found.total());
  }

  public UserView get(Actor actor, UUID id) {
    return views.detailed(load(actor, id));
  }

  /** The user with this email (ignoring case and surrounding blanks), shown as {@link #get}. */
  public Optional<UserView> findByEmail(Actor actor, String email) {
    return views.byEmail(actor, email).map(views::detailed);
  }

  /** Lets a PENDING, LOCKED or INACTIVE person in. */
  public UserView activate(Actor actor, UUID id) {
    User user = load(actor, id);
    UserStatus before = user.status();
    user.activateByAdmin();
    user.touch(Instant.now());
    users.update(user);
    events.statusChanged(before, user);
    audit.success(actor, AuditActions.USER_ACTIVATED, "USER", user.id(), "from " + before);
    return views.detailed(user);
  }

  private User load(Actor actor, UUID id) {
    return users
        .findById(actor.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("No user " + id + " in this organization."));
  }
}
