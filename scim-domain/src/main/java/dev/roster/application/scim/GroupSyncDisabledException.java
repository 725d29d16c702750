package dev.roster.application.scim;

/** The organization does not sync groups, so /Groups is switched off for it. */
public class GroupSyncDisabledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GroupSyncDisabledException() {
    super(
        "Group sync is turned off for this organization, so /Groups is not available. An admin"
            + " can turn on 'Sync groups' in the Roster provisioning settings.");
  }
}
