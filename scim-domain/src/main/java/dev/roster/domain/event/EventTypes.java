package dev.roster.domain.event;

import java.util.List;
import java.util.Set;

/** The name of every change event; readers filter by these. */
public final class EventTypes {
  public static final String USER_CREATED = "user.created";
  public static final String USER_UPDATED = "user.updated";
  public static final String USER_ACTIVATED = "user.activated";
  public static final String USER_DEACTIVATED = "user.deactivated";
  public static final String USER_LOCKED = "user.locked";
  public static final String USER_PENDING = "user.pending";
  public static final String USER_DELETED = "user.deleted";
  public static final String USER_ROLE_CHANGED = "user.role_changed";
  public static final String GROUP_CREATED = "group.created";
  public static final String GROUP_UPDATED = "group.updated";
  public static final String GROUP_DELETED = "group.deleted";
  public static final String GROUP_MEMBER_ADDED = "group.member_added";
  public static final String GROUP_MEMBER_REMOVED = "group.member_removed";
  public static final String PROVISIONING_ENABLED = "provisioning.enabled";
  public static final String PROVISIONING_DISABLED = "provisioning.disabled";
  public static final String SSO_ACTIVATED = "sso.activated";
  public static final String SSO_DEACTIVATED = "sso.deactivated";

  /** Every type above, in this order. */
  public static final List<String> ALL =
      List.of(
          USER_CREATED,
          USER_UPDATED,
          USER_ACTIVATED,
          USER_DEACTIVATED,
          USER_LOCKED,
          USER_PENDING,
          USER_DELETED,
          USER_ROLE_CHANGED,
          GROUP_CREATED,
          GROUP_UPDATED,
          GROUP_DELETED,
          GROUP_MEMBER_ADDED,
          GROUP_MEMBER_REMOVED,
          PROVISIONING_ENABLED,
          PROVISIONING_DISABLED,
          SSO_ACTIVATED,
          SSO_DEACTIVATED);

  private static final Set<String> KNOWN = Set.copyOf(ALL);

  public static boolean isKnown(String type) {
    return KNOWN.contains(type);
  }

  private EventTypes() {}
}
