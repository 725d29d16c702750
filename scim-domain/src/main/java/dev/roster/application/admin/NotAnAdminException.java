package dev.roster.application.admin;

import dev.roster.domain.common.DomainException;
import dev.roster.domain.role.Role;
import dev.roster.domain.user.UserStatus;
import dev.roster.error.ErrorKind;

/** The password was right, but only active Admins may use the console and the admin API. */
public class NotAnAdminException extends DomainException {
  public NotAnAdminException(Role role, UserStatus status) {
    super(ErrorKind.FORBIDDEN, message(role, status));
  }

  private static String message(Role role, UserStatus status) {
    if (status != UserStatus.ACTIVE) {
      return "Your account is "
          + status.name().toLowerCase(java.util.Locale.ROOT)
          + ". Ask an Admin of your organization to activate it.";
    }
    return "Only Admins can sign in here; your role is "
        + role.displayName()
        + ". Ask an Admin of your organization if you need access.";
  }
}
