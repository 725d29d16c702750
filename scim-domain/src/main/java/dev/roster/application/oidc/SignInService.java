package dev.roster.application.oidc;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.oidc.AuthorizationGrant;
import dev.roster.domain.oidc.GrantRepository;
import dev.roster.domain.oidc.IdentityLinkRepository;
import dev.roster.domain.oidc.OidcClient;
import dev.roster.domain.oidc.OidcClientRepository;
import dev.roster.domain.oidc.Pkce;
import dev.roster.domain.oidc.SignInFlow;
import dev.roster.domain.oidc.SignInFlowRepository;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.sso.SignInCheck;
import dev.roster.domain.sso.SignInRefusal;
import dev.roster.domain.sso.SsoConfiguration;
import dev.roster.domain.sso.SsoRepository;
import dev.roster.domain.token.TokenSecrets;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's sign-in to a host product through their organization's IdP: the authorization request
 * and the IdP's callback (who gets in is {@link SignInCheck}'s rule, the IdP identity linked on the
 * first sign-in), ending in a code that {@link CodeExchangeService} exchanges. Roster keeps no
 * browser session of its own: a sign-in is the flow row, then the code, so a deprovisioned person
 * has nothing left to use. Refusals are values, not exceptions, so that what they write (audit,
 * revocation) commits.
 */
@Stateless
public class SignInService {
  private static final long CODE_TTL_SECONDS = 60;

  @Inject OidcClientRepository clients;
  @Inject OrganizationRepository organizations;
  @Inject SsoRepository ssoConfigurations;
  @Inject UserRepository users;
  @Inject IdentityLinkRepository links;
  @Inject SignInFlowRepository flows;
  @Inject GrantRepository grants;
  @Inject UpstreamOidc upstream;
  @Inject ProviderTokens tokens;
  @Inject AuditRecorder audit;

  @Inject
  @ConfigProperty(name = "roster.oidc.flow.ttl.seconds", defaultValue = "600")
  long flowTtlSeconds;

  /** {@code /oidc/authorize}: checks the client first, then sends the person to their IdP. */
  public AuthorizeOutcome authorize(AuthorizeRequest r) {
    Optional<OidcClient> client =
        r.clientId() == null ? Optional.empty() : clients.find(r.clientId());
    if (client.isEmpty()) {
      return new AuthorizeOutcome.BadRequest(
          "Unknown client_id: the application that sent you here is not registered with Roster.");
    }
    if (!client.get().allowsRedirect(r.redirectUri())) {
      return new AuthorizeOutcome.BadRequest(
          "The redirect_uri is not registered for this application: Roster sends people back only"
              + " to an exactly registered address.");
    }
    ClientRedirect back = new ClientRedirect(r.redirectUri(), r.state());
    if (!"code".equals(r.responseType())) {
      return back.error("unsupported_response_type", "Only response_type=code is supported.");
    }
    if (r.scope() == null || !Arrays.asList(r.scope().split(" ")).contains("openid")) {
      return back.error("invalid_scope", "The scope must contain openid.");
    }
    if (!Pkce.S256.equals(r.codeChallengeMethod())
        || !Pkce.wellFormedChallenge(r.codeChallenge())) {
      return back.error(
          "invalid_request",
          "PKCE is required: send code_challenge with code_challenge_method=S256.");
    }
    if (r.organization() == null || r.organization().isBlank()) {
      return new AuthorizeOutcome.AskOrganization(null);
    }
    Optional<Organization> organization = organizations.findBySlug(r.organization().strip());
    if (organization.isEmpty()) {
      return new AuthorizeOutcome.AskOrganization(
          "No organization is called '" + r.organization().strip() + "'. Check its short name.");
    }
    Organization org = organization.get();
    SsoConfiguration sso = ssoConfigurations.find(org.id()).orElse(null);
    Optional<SignInRefusal> ssoRefusal = SignInCheck.refusal(sso, null).filter(this::isSsoRefusal);
    if (ssoRefusal.isPresent()) {
      return refuse(back, org.id(), null, null, ssoRefusal.get(), null);
    }
    String state = TokenSecrets.newValue("");
    String nonce = TokenSecrets.newValue("");
    String verifier = TokenSecrets.newValue("");
    URI location;
    try {
      location = upstream.authorizationUri(sso, state, nonce, verifier);
    } catch (UpstreamException e) {
      return back.error("temporarily_unavailable", e.getMessage());
    }
    flows.add(
        new SignInFlow(
            TokenSecrets.hash(state),
            org.id(),
            client.get().clientId(),
            r.redirectUri(),
            r.state(),
            r.nonce(),
            r.codeChallenge(),
            nonce,
            verifier,
            Instant.now().plusSeconds(flowTtlSeconds)));
    return new AuthorizeOutcome.Redirect(location);
  }

  /** {@code /oidc/callback}: the IdP's answer; the person gets a code, or the reason they don't. */
  public AuthorizeOutcome callback(String state, String code, String idpError) {
    Instant now = Instant.now();
    Optional<SignInFlow> taken =
        state == null || state.isBlank()
            ? Optional.empty()
            : flows.take(TokenSecrets.hash(state), now);
    if (taken.isEmpty()) {
      return new AuthorizeOutcome.BadRequest(
          "This sign-in is unknown, has expired or was already completed: go back to the"
              + " application and sign in again.");
    }
    SignInFlow flow = taken.get();
    ClientRedirect back = new ClientRedirect(flow.redirectUri(), flow.clientState());
    UUID orgId = flow.organizationId();
    SsoConfiguration sso = ssoConfigurations.find(orgId).orElse(null);
    Optional<SignInRefusal> ssoRefusal = SignInCheck.refusal(sso, null).filter(this::isSsoRefusal);
    if (ssoRefusal.isPresent()) {
      return refuse(back, orgId, null, null, ssoRefusal.get(), null);
    }
    if (idpError != null || code == null) {
      return failed(back, orgId, "The identity provider did not sign you in (" + idpError + ").");
    }
    UpstreamIdentity identity;
    try {
      identity = upstream.exchange(sso, code, flow.upstreamVerifier(), flow.upstreamNonce());
    } catch (UpstreamException e) {
      return failed(back, orgId, e.getMessage());
    }
    String idp = sso.issuer();
    if (Boolean.FALSE.equals(identity.emailVerified())) {
      return refuse(back, orgId, identity, null, SignInRefusal.EMAIL_NOT_VERIFIED, idp);
    }
    Optional<UUID> linked = links.findUser(orgId, identity.issuer(), identity.subject());
    User user;
    if (linked.isPresent()) {
      user = users.findById(orgId, linked.get()).orElse(null);
    } else {
      user =
          identity.email() == null
              ? null
              : users.findByEmailOrUserName(orgId, identity.email()).orElse(null);
      if (user != null && links.linkedElsewhere(user.id(), identity.issuer(), identity.subject())) {
        return refuse(back, orgId, identity, user, SignInRefusal.IDENTITY_CONFLICT, idp);
      }
    }
    Optional<SignInRefusal> refusal = SignInCheck.refusal(sso, user);
    if (refusal.isPresent()) {
      return refuse(back, orgId, identity, user, refusal.get(), idp);
    }
    if (linked.isEmpty() && !linkFirstTime(orgId, identity, user, now)) {
      return refuse(back, orgId, identity, user, SignInRefusal.IDENTITY_CONFLICT, idp);
    }
    String authorizationCode = TokenSecrets.newValue("rstr_code_");
    grants.add(
        new AuthorizationGrant(
            UUID.randomUUID(),
            TokenSecrets.hash(authorizationCode),
            orgId,
            user.id(),
            flow.clientId(),
            flow.redirectUri(),
            flow.codeChallenge(),
            flow.clientNonce(),
            now,
            now.plusSeconds(CODE_TTL_SECONDS),
            null,
            null,
            null));
    audit.success(
        person(orgId, identity, user),
        AuditActions.OIDC_SIGN_IN,
        "USER",
        user.id(),
        "client=" + flow.clientId() + (linked.isEmpty() ? ", identity linked" : ""));
    return back.code(authorizationCode);
  }

  private boolean isSsoRefusal(SignInRefusal refusal) {
    return refusal == SignInRefusal.SSO_NOT_ACTIVE;
  }

  private AuthorizeOutcome refuse(
      ClientRedirect back,
      UUID orgId,
      UpstreamIdentity identity,
      User user,
      SignInRefusal refusal,
      String idp) {
    String message = refusal.personMessage(idp == null ? "your identity provider" : idp);
    audit.success(
        person(orgId, identity, user),
        AuditActions.OIDC_SIGN_IN,
        "USER",
        user == null ? null : user.id(),
        "refused " + refusal.name() + ": " + message);
    return back.error("access_denied", message);
  }

  private AuthorizeOutcome failed(ClientRedirect back, UUID orgId, String message) {
    audit.success(
        person(orgId, null, null), AuditActions.OIDC_SIGN_IN, "USER", null, "failed: " + message);
    return back.error("access_denied", message);
  }

  private static Actor person(UUID orgId, UpstreamIdentity identity, User user) {
    String name =
        user != null && user.email() != null
            ? user.email()
            : identity != null && identity.email() != null
                ? identity.email()
                : identity != null ? identity.subject() : "unknown person";
    return new Actor(orgId, Actor.Kind.PERSON, name, user == null ? null : user.id(), null);
  }

  /**
   * Links a first sign-in; a simultaneous first sign-in may have linked first, which is fine when
   * it linked this identity to this user and a conflict otherwise.
   */
  private boolean linkFirstTime(UUID orgId, UpstreamIdentity identity, User user, Instant now) {
    return links.link(orgId, identity.issuer(), identity.subject(), user.id(), now)
        || links
            .findUser(orgId, identity.issuer(), identity.subject())
            .filter(user.id()::equals)
            .isPresent();
  }
}
