package dev.roster.domain.user;

import dev.roster.domain.common.Keys;
import dev.roster.domain.common.ValidationException;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleDecision;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person in an organization: a local admin or someone provisioned by the IdP. The SCIM attributes
 * beyond the ones the product uses are kept as a JSON document in {@link #scimAttributes()}.
 */
public final class User {
  private final UUID id;
  private final UUID organizationId;
  private String userName;
  private String externalId;
  private String displayName;
  private String email;
  private String givenName;
  private String familyName;
  private boolean active;
  private UserStatus status;
  private RoleDecision roleDecision;
  private boolean scimManaged;
  private String passwordHash;
  private String scimAttributes;
  private List<String> idpRoles;
  private final Instant createdAt;
  private Instant lastModifiedAt;
  private long version;

  public User(
      UUID id,
      UUID organizationId,
      String userName,
      String externalId,
      String displayName,
      String email,
      String givenName,
      String familyName,
      boolean active,
      UserStatus status,
      RoleDecision roleDecision,
      boolean scimManaged,
      String passwordHash,
      String scimAttributes,
      List<String> idpRoles,
      Instant createdAt,
      Instant lastModifiedAt,
      long version) {
    this.id = Objects.requireNonNull(id);
    this.organizationId = Objects.requireNonNull(organizationId);
    this.userName = requireUserName(userName);
    this.externalId = externalId;
    this.displayName = displayName;
    this.email = email;
    this.givenName = givenName;
    this.familyName = familyName;
    this.active = active;
    this.status = Objects.requireNonNull(status);
    this.roleDecision = Objects.requireNonNull(roleDecision);
    this.scimManaged = scimManaged;
    this.passwordHash = passwordHash;
    this.scimAttributes = scimAttributes;
    this.idpRoles = List.copyOf(idpRoles == null ? List.of() : idpRoles);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.lastModifiedAt = Objects.requireNonNull(lastModifiedAt);
    this.version = version;
  }

  /** A local account that signs in with a password (the first admin of an organization). */
  public static User localAdmin(UUID organizationId, String email, String password, Instant now) {
    if (password == null || password.length() < 12) {
      throw new ValidationException("The admin password must have at least 12 characters.");
    }
    return new User(
        UUID.randomUUID(),
        organizationId,
        email,
        null,
        null,
        normalizeEmail(email),
        null,
        null,
        true,
        UserStatus.ACTIVE,
        RoleDecision.byDefault(Role.ADMIN),
        false,
        PasswordHasher.hash(password),
        null,
        List.of(),
        now,
        now,
        1);
  }

  static String requireUserName(String userName) {
    if (userName == null || userName.isBlank()) {
      throw new ValidationException("userName is required.");
    }
    if (userName.length() > 300) {
      throw new ValidationException("userName must be at most 300 characters.");
    }
    return userName.strip();
  }

  public static String normalizeEmail(String email) {
    return Keys.of(email);
  }

  /**
   * The IdP set {@code active}: false deactivates; true reactivates an INACTIVE user. A LOCKED user
   * (SCIM disabled in LOCK mode) stays LOCKED until an admin activates them.
   */
  public void applyIdpActive(boolean nowActive, boolean autoActivate) {
    this.active = nowActive;
    if (status == UserStatus.LOCKED) {
      return; // only an admin unlocks, whatever the IdP sends meanwhile
    }
    if (!nowActive) {
      status = UserStatus.INACTIVE;
    } else if (status == UserStatus.INACTIVE) {
      status = autoActivate ? UserStatus.ACTIVE : UserStatus.PENDING;
    }
  }

  /** An admin lets a PENDING, LOCKED or INACTIVE person in. */
  public void activateByAdmin() {
    status = UserStatus.ACTIVE;
    active = true;
  }

  public void markScimManaged() {
    scimManaged = true;
  }

  public void changeRole(RoleDecision decision) {
    this.roleDecision = Objects.requireNonNull(decision);
  }

  public void updateProfile(
      String userName,
      String externalId,
      String displayName,
      String email,
      String givenName,
      String familyName,
      String scimAttributes,
      List<String> idpRoles) {
    this.userName = requireUserName(userName);
    this.externalId = externalId;
    this.displayName = displayName;
    this.email = normalizeEmail(email);
    this.givenName = givenName;
    this.familyName = familyName;
    this.scimAttributes = scimAttributes;
    this.idpRoles = List.copyOf(idpRoles == null ? List.of() : idpRoles);
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public void touch(Instant now) {
    this.lastModifiedAt = now;
    this.version++;
  }

  public UUID id() {
    return id;
  }

  public UUID organizationId() {
    return organizationId;
  }

  public String userName() {
    return userName;
  }

  public String externalId() {
    return externalId;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String givenName() {
    return givenName;
  }

  public String familyName() {
    return familyName;
  }

  public boolean active() {
    return active;
  }

  public UserStatus status() {
    return status;
  }

  public Role role() {
    return roleDecision.role();
  }

  public RoleDecision roleDecision() {
    return roleDecision;
  }

  /**
   * Whether this user counts towards the rule that an organization keeps an active Admin: status
   * ACTIVE (what admin sign-in requires) and role Admin.
   */
  public boolean isActiveAdmin() {
    return status == UserStatus.ACTIVE && role() == Role.ADMIN;
  }

  public boolean scimManaged() {
    return scimManaged;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String scimAttributes() {
    return scimAttributes;
  }

  public List<String> idpRoles() {
    return idpRoles;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastModifiedAt() {
    return lastModifiedAt;
  }

  public long version() {
    return version;
  }
}
