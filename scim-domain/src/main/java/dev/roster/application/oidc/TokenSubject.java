package dev.roster.application.oidc;

import dev.roster.domain.organization.Organization;
import dev.roster.domain.user.User;
import java.util.UUID;

/** Who a token stands for: the user and their organization, as the claims need them. */
public record TokenSubject(
    UUID userId, String email, String name, String role, String orgSlug, UUID orgId) {

  static TokenSubject of(User user, Organization organization) {
    String email = user.email() != null ? user.email() : user.userName();
    return new TokenSubject(
        user.id(),
        email,
        displayName(user),
        user.role().displayName(),
        organization.slug(),
        organization.id());
  }

  private static String displayName(User user) {
    if (user.displayName() != null && !user.displayName().isBlank()) {
      return user.displayName();
    }
    String given = user.givenName() == null ? "" : user.givenName();
    String family = user.familyName() == null ? "" : user.familyName();
    String full = (given + " " + family).strip();
    return full.isEmpty() ? user.userName() : full;
  }
}
