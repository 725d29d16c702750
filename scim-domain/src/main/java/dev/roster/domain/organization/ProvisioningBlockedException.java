package dev.roster.domain.organization;

import dev.roster.domain.common.ConflictException;
import java.util.List;

/** SCIM cannot be enabled until every blocker is cleared. */
public class ProvisioningBlockedException extends ConflictException {
  private final List<EnableBlocker> blockers;

  public ProvisioningBlockedException(List<EnableBlocker> blockers) {
    super(
        "Provisioning cannot be enabled yet: "
            + String.join(" ", blockers.stream().map(EnableBlocker::description).toList()));
    this.blockers = List.copyOf(blockers);
  }

  public List<EnableBlocker> blockers() {
    return blockers;
  }
}
