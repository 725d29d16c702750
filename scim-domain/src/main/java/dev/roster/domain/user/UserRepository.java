package dev.roster.domain.user;

import dev.roster.domain.role.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores users, always scoped to one organization, with what is kept beside them (IdP role values,
 * the filter index): {@link #add} and {@link #update} keep it all in step. Queries that serve
 * requests are in {@link UserSearch}.
 */
public interface UserRepository {
  Optional<User> findById(UUID organizationId, UUID id);

  /**
   * Loads a user for display: {@link User#idpRoles()} is left empty (it is only needed to compute
   * the role), which saves a query on every SCIM read.
   */
  Optional<User> findForDisplay(UUID organizationId, UUID id);

  /** Loads a user and locks its row until the transaction ends (writes to one user serialize). */
  Optional<User> findByIdForUpdate(UUID organizationId, UUID id);

  Optional<User> findByEmail(UUID organizationId, String email);

  /**
   * The user whose email is {@code email} (ignoring case), else the one whose userName is: how a
   * first single sign-on finds the person the IdP names. Both lookups are indexed.
   */
  Optional<User> findByEmailOrUserName(UUID organizationId, String email);

  void add(User user);

  void update(User user);

  void remove(User user);

  /** Number of SCIM-managed users, for the disable preview. */
  long countScimManaged(UUID organizationId);

  /**
   * SOFT disable: clears scimManaged on every SCIM-managed user of the organization and writes a
   * {@code user.updated} event ({@code changedAttributes} {@code ["scimManaged"]}) for each, in
   * set-based statements; returns the count.
   */
  int releaseAllFromScim(UUID organizationId);

  /**
   * LOCK disable: locks every SCIM-managed user and writes a {@code user.locked} event for each, in
   * set-based SQL; returns the count.
   */
  int lockAllScimManaged(UUID organizationId);

  /**
   * Re-roles every SCIM-managed user of the organization from the current mappings, in set-based
   * statements (no per-user loop), by the rule of {@link dev.roster.domain.role.RoleResolver}, and
   * writes a {@code user.role_changed} event for each user whose role changes, in the same
   * statements; returns how many users were written.
   */
  int recomputeRoles(UUID organizationId, Role defaultRole, boolean groupMappingsApply);

  /** Display names of the groups the user belongs to. */
  List<String> groupNames(UUID organizationId, UUID userId);

  /**
   * Whether the organization has a user with status ACTIVE and role Admin, counting the changes
   * made so far in the current transaction. Asked only by writes that take an active Admin away.
   */
  boolean hasActiveAdmin(UUID organizationId);
}
