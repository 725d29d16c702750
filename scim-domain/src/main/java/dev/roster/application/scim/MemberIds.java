package dev.roster.application.scim;

import dev.roster.domain.group.GroupRepository;
import dev.roster.scim.error.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks member ids of a group: they must be users of the same organization. Nested groups are not
 * supported, so a group id is refused with a clear message, as is an unknown id.
 */
final class MemberIds {
  private MemberIds() {}

  static Set<UUID> validate(GroupRepository groups, UUID organizationId, List<String> values) {
    Set<UUID> ids = new LinkedHashSet<>();
    for (String value : values) {
      try {
        ids.add(UUID.fromString(value.strip()));
      } catch (RuntimeException e) {
        throw new InvalidValueException(
            "Member '" + value + "' is not a user of this organization.");
      }
    }
    if (ids.isEmpty()) {
      return ids;
    }
    Set<UUID> users = groups.existingUsers(organizationId, ids);
    for (UUID id : ids) {
      if (!users.contains(id)) {
        boolean group = !groups.existingGroups(organizationId, List.of(id)).isEmpty();
        throw new InvalidValueException(
            group
                ? "Member "
                    + id
                    + " is a group: nested groups are not supported, add its users instead."
                : "Member " + id + " is not a user of this organization.");
      }
    }
    return ids;
  }
}
