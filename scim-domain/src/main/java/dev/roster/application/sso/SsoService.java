package dev.roster.application.sso;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.application.event.EventData;
import dev.roster.application.event.EventRecorder;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.common.ConflictException;
import dev.roster.domain.common.ValidationException;
import dev.roster.domain.event.EventTypes;
import dev.roster.domain.oidc.IdentityLinkRepository;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.sso.SsoActivationException;
import dev.roster.domain.sso.SsoConfiguration;
import dev.roster.domain.sso.SsoRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/** Configuring and activating an organization's single sign-on. */
@Stateless
public class SsoService {
  @Inject SsoRepository ssoRepository;
  @Inject OrganizationRepository organizations;
  @Inject SecretCipher cipher;
  @Inject OidcDiscovery discovery;
  @Inject AuditRecorder audit;
  @Inject EventRecorder events;
  @Inject IdentityLinkRepository links;

  public SsoView get(Actor actor) {
    return view(load(actor));
  }

  public SsoView configure(
      Actor actor, String protocol, String issuer, String clientId, String clientSecret) {
    if (protocol != null && !SsoConfiguration.OIDC.equalsIgnoreCase(protocol.strip())) {
      throw new ValidationException("protocol must be OIDC.");
    }
    SsoConfiguration sso = load(actor);
    boolean wasActive = sso.active();
    if (organization(actor).scimEnabled() && sso.wouldDeactivate(issuer, clientId)) {
      throw new ConflictException(
          "Changing the issuer or client would deactivate SSO, which provisioning requires."
              + " Disable SCIM provisioning first.");
    }
    if (clientSecret != null && clientSecret.length() > 1000) {
      throw new ValidationException("clientSecret must be at most 1000 characters.");
    }
    String encrypted =
        clientSecret == null || clientSecret.isEmpty() ? null : cipher.encrypt(clientSecret);
    sso.configure(issuer, clientId, encrypted, Instant.now());
    ssoRepository.save(sso);
    if (wasActive && !sso.active()) {
      events.record(actor.organizationId(), EventTypes.SSO_DEACTIVATED, EventData.sso(view(sso)));
    }
    audit.success(
        actor,
        AuditActions.SSO_CONFIGURED,
        "SSO",
        actor.organizationId(),
        "issuer=" + sso.issuer());
    return view(sso);
  }

  /** Fetches the issuer's discovery document and keys, then marks SSO active. */
  public SsoView activate(Actor actor) {
    SsoConfiguration sso = load(actor);
    if (!sso.isConfigured()) {
      throw new ValidationException("Save the issuer and client ID before activating SSO.");
    }
    try {
      discovery.verify(sso.issuer());
    } catch (SsoActivationException e) {
      audit.failure(
          actor, AuditActions.SSO_ACTIVATION, "SSO", actor.organizationId(), e.getMessage());
      throw e;
    }
    boolean wasActive = sso.active();
    sso.activate(Instant.now());
    ssoRepository.save(sso);
    if (!wasActive) {
      events.record(actor.organizationId(), EventTypes.SSO_ACTIVATED, EventData.sso(view(sso)));
    }
    audit.success(
        actor, AuditActions.SSO_ACTIVATED, "SSO", actor.organizationId(), "issuer=" + sso.issuer());
    return view(sso);
  }

  public SsoView deactivate(Actor actor) {
    if (organization(actor).scimEnabled()) {
      throw new ConflictException(
          "SSO cannot be deactivated while SCIM provisioning is enabled: disable provisioning first.");
    }
    SsoConfiguration sso = load(actor);
    boolean wasActive = sso.active();
    sso.deactivate();
    ssoRepository.save(sso);
    if (wasActive) {
      events.record(actor.organizationId(), EventTypes.SSO_DEACTIVATED, EventData.sso(view(sso)));
    }
    audit.success(actor, AuditActions.SSO_DEACTIVATED, "SSO", actor.organizationId(), null);
    return view(sso);
  }

  /**
   * Turns the admins' password sign-in on or off (off only once an Admin has signed in through this
   * SSO, see {@link SsoConfiguration#disablePasswordSignIn}).
   */
  public SsoView setPasswordSignIn(Actor actor, boolean enabled) {
    SsoConfiguration sso = load(actor);
    if (enabled) {
      sso.enablePasswordSignIn();
    } else {
      sso.disablePasswordSignIn(
          sso.isConfigured() && links.hasActiveAdminLinked(actor.organizationId(), sso.issuer()));
    }
    ssoRepository.save(sso);
    audit.success(
        actor,
        AuditActions.PASSWORD_SIGN_IN_CHANGED,
        "SSO",
        actor.organizationId(),
        enabled ? "password sign-in on" : "password sign-in off");
    return view(sso);
  }

  /** Whether the organization's admins may sign in with a password (break-glass). */
  public boolean passwordSignInAllowed(java.util.UUID organizationId) {
    return ssoRepository.find(organizationId).map(SsoConfiguration::passwordSignIn).orElse(true);
  }

  public boolean isActive(java.util.UUID organizationId) {
    return ssoRepository.find(organizationId).map(SsoConfiguration::active).orElse(false);
  }

  private Organization organization(Actor actor) {
    return organizations.findById(actor.organizationId()).orElseThrow();
  }

  private SsoConfiguration load(Actor actor) {
    return ssoRepository
        .find(actor.organizationId())
        .orElseGet(() -> SsoConfiguration.empty(actor.organizationId(), Instant.now()));
  }

  private static SsoView view(SsoConfiguration sso) {
    return new SsoView(
        SsoConfiguration.OIDC,
        sso.issuer(),
        sso.clientId(),
        sso.encryptedClientSecret() != null,
        sso.active(),
        sso.activatedAt(),
        sso.passwordSignIn());
  }
}
