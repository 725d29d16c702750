package dev.roster.domain.role;

/** The role a user gets and why: a mapping matched, or none did and the default applies. */
public record RoleDecision(Role role, Reason reason, RoleMapping mapping) {
  public enum Reason {
    MAPPING,
    DEFAULT
  }

  public static RoleDecision byDefault(Role role) {
    return new RoleDecision(role, Reason.DEFAULT, null);
  }
}
