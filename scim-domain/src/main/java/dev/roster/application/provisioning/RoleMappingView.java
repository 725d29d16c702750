package dev.roster.application.provisioning;

import dev.roster.domain.role.MappingSource;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleMapping;
import java.time.Instant;
import java.util.UUID;

/**
 * A role mapping as the console lists it, with how many users' stored role it decides now (their
 * role decision names it).
 */
public record RoleMappingView(
    UUID id,
    MappingSource source,
    String idpValue,
    Role role,
    Instant createdAt,
    long usersDecided) {

  public static RoleMappingView of(RoleMapping mapping, long usersDecided) {
    return new RoleMappingView(
        mapping.id(),
        mapping.source(),
        mapping.idpValue(),
        mapping.role(),
        mapping.createdAt(),
        usersDecided);
  }
}
