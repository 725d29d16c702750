package dev.roster.domain.group;

import dev.roster.scim.query.ResultPage;
import java.util.Optional;
import java.util.UUID;

/**
 * Queries over groups for the admin console, each one page of SQL with the member counts computed
 * in the same statement (no query per group).
 */
public interface GroupSearch {
  /**
   * Groups whose displayName contains {@code text} (ignoring case; any when blank), ordered by
   * displayName (unique in an organization, ignoring case); {@code page} counts from 0. The total
   * is always counted.
   */
  ResultPage<WithMemberCount> search(UUID organizationId, String text, int page, int size);

  /** A group of the organization with its member count. */
  Optional<WithMemberCount> findWithMemberCount(UUID organizationId, UUID id);

  /** A group and how many members it has. */
  record WithMemberCount(Group group, long memberCount) {}
}
