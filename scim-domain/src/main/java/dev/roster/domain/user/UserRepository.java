package dev.roster.domain.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores users, always scoped to one organization. */
public interface UserRepository {
  Optional<User> findById(UUID organizationId, UUID id);

  Optional<User> findByUserName(UUID organizationId, String userName);

  Optional<User> findByEmail(UUID organizationId, String email);

  boolean userNameTaken(UUID organizationId, String userName, UUID exceptId);

  UserPage search(UUID organizationId, String text, UserStatus status, int page, int size);

  void add(User user);

  void update(User user);

  void remove(User user);

  /** Number of SCIM-managed users, for the disable preview. */
  long countScimManaged(UUID organizationId);

  /** SOFT disable: clears scimManaged on every user of the organization; returns the count. */
  int releaseAllFromScim(UUID organizationId);

  /** LOCK disable: locks every SCIM-managed user; returns the count. */
  int lockAllScimManaged(UUID organizationId);

  record UserPage(List<User> items, long total) {}
}
