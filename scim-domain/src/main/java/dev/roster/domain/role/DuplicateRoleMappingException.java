package dev.roster.domain.role;

import dev.roster.domain.common.ConflictException;

/** A mapping for the same source and IdP value (in any case) exists already. */
public class DuplicateRoleMappingException extends ConflictException {
  public DuplicateRoleMappingException(RoleMapping mapping) {
    super(
        "A "
            + mapping.source()
            + " mapping for '"
            + mapping.idpValue()
            + "' already exists (values match case-insensitively).");
  }
}
