package dev.roster.domain.organization;

/**
 * How SCIM is turned off. SOFT keeps SCIM-managed users active and hands them to local management;
 * LOCK locks them until an admin reactivates each one.
 */
public enum DisableMode {
  SOFT,
  LOCK
}
