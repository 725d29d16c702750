package dev.roster.application.admin;

import dev.roster.domain.role.Role;
import dev.roster.domain.user.UserStatus;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A user as the admin screens show them: {@code roleMapping} is the mapping that decided their role
 * (null: the default role); {@code roleExplanation}, on a single user only, adds what the IdP sent.
 */
public record UserView(
    UUID id,
    String userName,
    String email,
    String displayName,
    Role role,
    UserStatus status,
    boolean scimManaged,
    RoleExplanation roleExplanation,
    MappingRef roleMapping)
    implements Serializable {

  public record RoleExplanation(
      Role role, String reason, MappingRef mapping, List<String> idpRoles, List<String> groups)
      implements Serializable {}

  public record MappingRef(UUID id, String source, String idpValue, Role role)
      implements Serializable {}
}
