package dev.roster.domain.organization;

import dev.roster.domain.common.ValidationException;
import dev.roster.domain.role.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A tenant: every user, group, token, mapping, setting and audit event belongs to one. It also
 * holds the provisioning settings and whether SCIM is enabled.
 */
public final class Organization {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

  private final UUID id;
  private final String slug;
  private final String name;
  private final Instant createdAt;
  private IdentityProvider identityProvider;
  private Role defaultRole;
  private boolean autoActivateUsers;
  private boolean syncGroups;
  private boolean scimEnabled;

  public Organization(
      UUID id,
      String slug,
      String name,
      Instant createdAt,
      IdentityProvider identityProvider,
      Role defaultRole,
      boolean autoActivateUsers,
      boolean syncGroups,
      boolean scimEnabled) {
    this.id = Objects.requireNonNull(id);
    this.slug = requireSlug(slug);
    if (name == null || name.isBlank() || name.strip().length() > 200) {
      throw new ValidationException("Organization name must be 1 to 200 characters.");
    }
    this.name = name.strip();
    this.createdAt = Objects.requireNonNull(createdAt);
    this.identityProvider = identityProvider;
    this.defaultRole = defaultRole;
    this.autoActivateUsers = autoActivateUsers;
    this.syncGroups = syncGroups;
    this.scimEnabled = scimEnabled;
  }

  /** A new organization: auto-activate and group sync on, no default role, SCIM off. */
  public static Organization create(String slug, String name, Instant now) {
    return new Organization(UUID.randomUUID(), slug, name, now, null, null, true, true, false);
  }

  private static String requireSlug(String slug) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
      throw new ValidationException(
          "Organization slug must be 1 to 64 lowercase letters, digits or inner hyphens.");
    }
    return slug;
  }

  public void changeSettings(
      IdentityProvider identityProvider,
      Role defaultRole,
      boolean autoActivateUsers,
      boolean syncGroups) {
    if (scimEnabled && defaultRole == null) {
      throw new ValidationException("The default role is required while provisioning is enabled.");
    }
    if (scimEnabled && identityProvider == null) {
      throw new ValidationException(
          "The identity provider is required while provisioning is enabled.");
    }
    this.identityProvider = identityProvider;
    this.defaultRole = defaultRole;
    this.autoActivateUsers = autoActivateUsers;
    this.syncGroups = syncGroups;
  }

  public List<EnableBlocker> enableBlockers(boolean ssoActive) {
    List<EnableBlocker> blockers = new ArrayList<>();
    if (!ssoActive) {
      blockers.add(EnableBlocker.SSO_NOT_ACTIVE);
    }
    if (defaultRole == null) {
      blockers.add(EnableBlocker.DEFAULT_ROLE_MISSING);
    }
    if (identityProvider == null) {
      blockers.add(EnableBlocker.IDENTITY_PROVIDER_MISSING);
    }
    return blockers;
  }

  public void enableScim(boolean ssoActive) {
    List<EnableBlocker> blockers = enableBlockers(ssoActive);
    if (!blockers.isEmpty()) {
      throw new ProvisioningBlockedException(blockers);
    }
    scimEnabled = true;
  }

  public void disableScim() {
    scimEnabled = false;
  }

  public UUID id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public IdentityProvider identityProvider() {
    return identityProvider;
  }

  /** The default role as configured; null until an admin chooses one. */
  public Role defaultRole() {
    return defaultRole;
  }

  /**
   * The role a user gets when no mapping matches: the default role, or Viewer (the least
   * privileged) while none is configured. Every caller that assigns roles uses this one.
   */
  public Role effectiveDefaultRole() {
    return defaultRole == null ? Role.VIEWER : defaultRole;
  }

  public boolean autoActivateUsers() {
    return autoActivateUsers;
  }

  public boolean syncGroups() {
    return syncGroups;
  }

  public boolean scimEnabled() {
    return scimEnabled;
  }
}
