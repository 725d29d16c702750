package dev.roster.domain.sso;

import dev.roster.domain.common.ConflictException;
import dev.roster.domain.common.ValidationException;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An organization's single sign-on: an OIDC issuer and client. It must be activated (its discovery
 * document checked) before SCIM can be enabled. The client secret is held encrypted.
 */
public final class SsoConfiguration {
  public static final String OIDC = "OIDC";

  private final UUID organizationId;
  private String issuer;
  private String clientId;
  private String encryptedClientSecret;
  private boolean active;
  private Instant activatedAt;
  private Instant updatedAt;
  private boolean passwordSignIn;

  public SsoConfiguration(
      UUID organizationId,
      String issuer,
      String clientId,
      String encryptedClientSecret,
      boolean active,
      Instant activatedAt,
      Instant updatedAt) {
    this(
        organizationId,
        issuer,
        clientId,
        encryptedClientSecret,
        active,
        activatedAt,
        updatedAt,
        true);
  }

  public SsoConfiguration(
      UUID organizationId,
      String issuer,
      String clientId,
      String encryptedClientSecret,
      boolean active,
      Instant activatedAt,
      Instant updatedAt,
      boolean passwordSignIn) {
    this.organizationId = Objects.requireNonNull(organizationId);
    this.issuer = issuer;
    this.clientId = clientId;
    this.encryptedClientSecret = encryptedClientSecret;
    this.active = active;
    this.activatedAt = activatedAt;
    this.updatedAt = updatedAt;
    this.passwordSignIn = passwordSignIn || !active;
  }

  public static SsoConfiguration empty(UUID organizationId, Instant now) {
    return new SsoConfiguration(organizationId, null, null, null, false, null, now);
  }

  /**
   * Changes the configuration. A new issuer or client must be activated again; a null secret keeps
   * the stored one (the secret is write-only).
   */
  public void configure(String issuer, String clientId, String encryptedSecretOrNull, Instant now) {
    String normalizedIssuer = requireIssuer(issuer);
    if (clientId == null || clientId.isBlank() || clientId.length() > 300) {
      throw new ValidationException("clientId is required (at most 300 characters).");
    }
    boolean changed =
        !normalizedIssuer.equals(this.issuer) || !clientId.strip().equals(this.clientId);
    this.issuer = normalizedIssuer;
    this.clientId = clientId.strip();
    if (encryptedSecretOrNull != null) {
      this.encryptedClientSecret = encryptedSecretOrNull;
    }
    if (changed) {
      this.active = false;
      this.activatedAt = null;
      this.passwordSignIn = true;
    }
    this.updatedAt = now;
  }

  /** Whether a change to this issuer and client would drop the activation. */
  public boolean wouldDeactivate(String issuer, String clientId) {
    return active
        && (!requireIssuer(issuer).equals(this.issuer)
            || clientId == null
            || !clientId.strip().equals(this.clientId));
  }

  static String requireIssuer(String issuer) {
    if (issuer == null || issuer.isBlank() || issuer.length() > 500) {
      throw new ValidationException("issuer is required: the OIDC issuer URL of your IdP.");
    }
    String trimmed = issuer.strip();
    URI uri;
    try {
      uri = URI.create(trimmed);
    } catch (IllegalArgumentException e) {
      throw new ValidationException("issuer must be an absolute http(s) URL.");
    }
    if (uri.getHost() == null
        || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
        || uri.getQuery() != null
        || uri.getFragment() != null) {
      throw new ValidationException(
          "issuer must be an absolute http(s) URL without query or fragment.");
    }
    return trimmed;
  }

  public void activate(Instant now) {
    if (!isConfigured()) {
      throw new ValidationException("Configure the issuer and client before activating SSO.");
    }
    active = true;
    activatedAt = now;
  }

  public void deactivate() {
    active = false;
    activatedAt = null;
    // Without SSO, the password is the only way in.
    passwordSignIn = true;
  }

  /**
   * Turns the admins' password sign-in off, leaving SSO as the only way in: only while SSO is
   * active and once an Admin has signed in through it, so that nobody is locked out.
   */
  public void disablePasswordSignIn(boolean anAdminSignedInWithSso) {
    if (!active) {
      throw new ConflictException(
          "Password sign-in can only be turned off while single sign-on is active.");
    }
    if (!anAdminSignedInWithSso) {
      throw new ConflictException(
          "Password sign-in can only be turned off once an Admin has signed in through single"
              + " sign-on (Sign in with SSO): otherwise nobody could sign in to manage the"
              + " organization.");
    }
    passwordSignIn = false;
  }

  /** The break-glass way back in. */
  public void enablePasswordSignIn() {
    passwordSignIn = true;
  }

  /** Whether admins may sign in with their Roster password (always, unless SSO is active). */
  public boolean passwordSignIn() {
    return passwordSignIn;
  }

  public boolean isConfigured() {
    return issuer != null && clientId != null;
  }

  public UUID organizationId() {
    return organizationId;
  }

  public String issuer() {
    return issuer;
  }

  public String clientId() {
    return clientId;
  }

  public String encryptedClientSecret() {
    return encryptedClientSecret;
  }

  public boolean active() {
    return active;
  }

  public Instant activatedAt() {
    return activatedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
