package dev.roster.application.scim;

import dev.roster.domain.common.DomainException;
import dev.roster.error.ErrorKind;

/** The organization does not sync groups, so /Groups is switched off for it. */
public class GroupSyncDisabledException extends DomainException {
  private static final long serialVersionUID = 1L;

  public GroupSyncDisabledException() {
    super(
        ErrorKind.NOT_ENABLED,
        "Group sync is turned off for this organization, so /Groups is not available. An admin"
            + " can turn on 'Sync groups' in the Roster provisioning settings.");
  }
}
