package dev.roster.application.admin;

import dev.roster.application.common.Actor;
import dev.roster.application.common.Paging;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.group.GroupRepository;
import dev.roster.domain.group.GroupSearch;
import dev.roster.domain.group.GroupSearch.WithMemberCount;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserSearch;
import dev.roster.domain.user.UserStatus;
import dev.roster.scim.query.ResultPage;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What an organization's admins see of the groups the IdP provisions: read-only. */
@Stateless
public class GroupAdminService {
  @Inject GroupSearch groups;
  @Inject GroupRepository groupRepository;
  @Inject UserSearch users;

  /** A group in a list, with how many members it has. */
  public record GroupSummary(
      UUID id, String displayName, String externalId, long memberCount, Instant lastModified)
      implements Serializable {}

  public record GroupPage(List<GroupSummary> items, long total) {}

  /** A member of a group as the console lists them. */
  public record Member(
      UUID id, String userName, String displayName, String email, UserStatus status)
      implements Serializable {}

  public record MemberPage(List<Member> items, long total) {}

  /**
   * Groups whose display name contains {@code text} (ignoring case; all when blank), ordered by
   * display name; {@code page} counts from 0, {@code size} is capped at {@link Paging#MAX_SIZE}.
   */
  public GroupPage list(Actor actor, String text, int page, int size) {
    ResultPage<WithMemberCount> found =
        groups.search(actor.organizationId(), text, Paging.page(page), Paging.size(size));
    return new GroupPage(
        found.items().stream().map(GroupAdminService::summary).toList(), found.total());
  }

  /** The group, if it is one of the caller's organization's; else NotFoundException. */
  public GroupSummary get(Actor actor, UUID groupId) {
    return summary(load(actor, groupId));
  }

  /**
   * One page of the group's members, the most recently added first (see {@link
   * UserSearch#members}); NotFoundException for a group that is not the organization's.
   */
  public MemberPage members(Actor actor, UUID groupId, int page, int size) {
    // Only whether the group is the organization's: its member count is the page's total anyway.
    if (groupRepository.findById(actor.organizationId(), groupId).isEmpty()) {
      throw notFound(groupId);
    }
    ResultPage<User> found =
        users.members(actor.organizationId(), groupId, Paging.page(page), Paging.size(size));
    return new MemberPage(
        found.items().stream().map(GroupAdminService::member).toList(), found.total());
  }

  private WithMemberCount load(Actor actor, UUID groupId) {
    return groups
        .findWithMemberCount(actor.organizationId(), groupId)
        .orElseThrow(() -> notFound(groupId));
  }

  private static NotFoundException notFound(UUID groupId) {
    return new NotFoundException("No group " + groupId + " in this organization.");
  }

  private static GroupSummary summary(WithMemberCount g) {
    return new GroupSummary(
        g.group().id(),
        g.group().displayName(),
        g.group().externalId(),
        g.memberCount(),
        g.group().lastModifiedAt());
  }

  private static Member member(User u) {
    return new Member(u.id(), u.userName(), u.displayName(), u.email(), u.status());
  }
}
