package dev.roster.application.token;

import dev.roster.domain.common.DomainException;
import dev.roster.error.ErrorKind;

/** The token is valid but its organization has not enabled SCIM provisioning. */
public class ProvisioningDisabledException extends DomainException {
  public ProvisioningDisabledException() {
    super(
        ErrorKind.NOT_ENABLED,
        "SCIM provisioning is not enabled for this organization. An admin must enable it in"
            + " Roster (Provisioning settings) before the identity provider can sync.");
  }
}
