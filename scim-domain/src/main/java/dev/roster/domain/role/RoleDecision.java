package dev.roster.domain.role;

import java.util.Objects;
import java.util.UUID;

/**
 * The role a user gets and why: a mapping matched (its id is kept, so the admin console can show
 * which one), or none did and the organization's default applies. A decision is stored and loaded
 * whole, so that a later write of the user (an admin activation, say) cannot lose the mapping.
 */
public record RoleDecision(Role role, Reason reason, UUID mappingId) {
  public enum Reason {
    MAPPING,
    DEFAULT
  }

  public RoleDecision {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(reason, "reason");
    if ((reason == Reason.MAPPING) != (mappingId != null)) {
      throw new IllegalArgumentException(
          "A role decision names a mapping exactly when its reason is MAPPING (reason="
              + reason
              + ", mappingId="
              + mappingId
              + ").");
    }
  }

  public static RoleDecision byDefault(Role role) {
    return new RoleDecision(role, Reason.DEFAULT, null);
  }

  public static RoleDecision byMapping(RoleMapping mapping) {
    return new RoleDecision(mapping.role(), Reason.MAPPING, mapping.id());
  }
}
