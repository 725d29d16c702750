package dev.roster.domain.role;

import dev.roster.domain.common.Keys;
import dev.roster.domain.common.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Maps an IdP role value or IdP group name to a product role, case-insensitively. */
public record RoleMapping(
    UUID id,
    UUID organizationId,
    MappingSource source,
    String idpValue,
    Role role,
    Instant createdAt) {

  public RoleMapping {
    Objects.requireNonNull(id);
    Objects.requireNonNull(organizationId);
    if (source == null) {
      throw new ValidationException("source must be ROLE or GROUP.");
    }
    if (idpValue == null || idpValue.isBlank() || idpValue.strip().length() > 300) {
      throw new ValidationException("idpValue must be 1 to 300 characters.");
    }
    idpValue = idpValue.strip();
    if (role == null) {
      throw new ValidationException("role is required.");
    }
    Objects.requireNonNull(createdAt); // a tie-breaker in RoleResolver.PRECEDENCE
  }

  /** The comparison key: trimmed and lower-cased, as IdP values are matched. */
  public String key() {
    return normalize(idpValue);
  }

  public static String normalize(String value) {
    return Keys.of(value);
  }
}
