package dev.roster.domain.organization;

import dev.roster.domain.common.ConflictException;

/**
 * A change would leave the organization without an ACTIVE user with role Admin, so nobody could
 * sign in to administer it: refused, and nothing of it is kept.
 */
public class LastActiveAdminException extends ConflictException {
  public LastActiveAdminException(String organizationSlug) {
    super(
        "This would leave organization '"
            + organizationSlug
            + "' without an active Admin; assign the Admin role to another active user first.");
  }
}
