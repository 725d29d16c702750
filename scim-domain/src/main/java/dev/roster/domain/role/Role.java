package dev.roster.domain.role;

import dev.roster.domain.common.ValidationException;
import java.util.Arrays;
import java.util.Optional;

/** Built-in product roles. Rank 1 is the most privileged; a user has exactly one role. */
public enum Role {
  ADMIN("Admin", 1),
  EDITOR("Editor", 2),
  VIEWER("Viewer", 3);

  private final String displayName;
  private final int rank;

  Role(String displayName, int rank) {
    this.displayName = displayName;
    this.rank = rank;
  }

  public String displayName() {
    return displayName;
  }

  public int rank() {
    return rank;
  }

  public boolean outranks(Role other) {
    return rank < other.rank;
  }

  /** Looks a role up by its name in any case ("admin", "Admin", "ADMIN"). */
  public static Optional<Role> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip();
    return Arrays.stream(values()).filter(r -> r.displayName.equalsIgnoreCase(wanted)).findFirst();
  }

  public static Role require(String name) {
    return byName(name)
        .orElseThrow(
            () ->
                new ValidationException(
                    "Unknown role '" + name + "'. Known roles: Admin, Editor, Viewer."));
  }
}
