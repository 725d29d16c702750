package dev.roster.domain.user;

/** Whether a person may use the product. */
public enum UserStatus {
  /** May sign in. */
  ACTIVE,
  /** Deactivated by the IdP (active=false); no access. */
  INACTIVE,
  /** Provisioned while auto-activate is off; waits for an admin to activate. */
  PENDING,
  /** Locked when SCIM was disabled in LOCK mode; waits for an admin to activate. */
  LOCKED
}
