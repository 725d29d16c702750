package dev.roster.application.oidc;

import dev.roster.application.admin.AdminIdentity;
import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.oidc.AuthorizationGrant;
import dev.roster.domain.oidc.GrantRepository;
import dev.roster.domain.oidc.OidcClient;
import dev.roster.domain.oidc.OidcClientRepository;
import dev.roster.domain.oidc.Pkce;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.sso.SignInCheck;
import dev.roster.domain.sso.SignInRefusal;
import dev.roster.domain.sso.SsoRepository;
import dev.roster.domain.token.TokenSecrets;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The back channel of a sign-in: an authorization code exchanged once, by the client it was issued
 * to, with its PKCE verifier and redirect URI, for tokens (or, for the console, for a console
 * session); userinfo and the admin API's check of an access token. A user who may no longer sign in
 * gets nothing here from that moment. Refusals are values, not exceptions, so that what they write
 * (a replayed code's revocation, its audit event) commits.
 */
@Stateless
public class CodeExchangeService {
  /** Roster's own console, a client like any other except that it redeems codes in-process. */
  public static final String CONSOLE_CLIENT_ID = "roster-console";

  @Inject OidcClientRepository clients;
  @Inject OrganizationRepository organizations;
  @Inject SsoRepository ssoConfigurations;
  @Inject UserRepository users;
  @Inject GrantRepository grants;
  @Inject ProviderTokens tokens;
  @Inject AuditRecorder audit;

  /** {@code POST /oidc/token}: a code for tokens, once; a replayed code revokes what it gave. */
  public OAuthResult<IssuedTokens> token(TokenRequest r) {
    Optional<OidcClient> client =
        r.clientId() == null ? Optional.empty() : clients.find(r.clientId());
    if (client.isEmpty()
        || CONSOLE_CLIENT_ID.equals(r.clientId())
        || !client.get().authenticates(r.clientSecret())) {
      return OAuthResult.refused(
          OAuthError.invalidClient("Unknown client or wrong client secret."));
    }
    if (!"authorization_code".equals(r.grantType())) {
      return OAuthResult.refused(
          new OAuthError(
              400, "unsupported_grant_type", "Only grant_type=authorization_code is supported."));
    }
    OAuthResult<Redeemed> redeemed =
        redeem(client.get(), r.code(), r.redirectUri(), r.codeVerifier());
    if (!redeemed.ok()) {
      return OAuthResult.refused(redeemed.error());
    }
    Redeemed done = redeemed.value();
    return OAuthResult.ok(
        tokens.issue(
            TokenSubject.of(done.user(), done.organization()),
            done.grant().clientId(),
            done.grant().nonce(),
            done.jti()));
  }

  /**
   * The console's own sign-in: its code redeemed in this process (the console is a part of Roster,
   * so no secret travels), and only for an active Admin.
   */
  public OAuthResult<AdminIdentity> redeemForConsole(
      String code, String redirectUri, String verifier) {
    Optional<OidcClient> console = clients.find(CONSOLE_CLIENT_ID);
    if (console.isEmpty()) {
      return OAuthResult.refused(OAuthError.invalidClient("The console is not registered."));
    }
    OAuthResult<Redeemed> redeemed = redeem(console.get(), code, redirectUri, verifier);
    if (!redeemed.ok()) {
      return OAuthResult.refused(redeemed.error());
    }
    User user = redeemed.value().user();
    Organization org = redeemed.value().organization();
    if (!user.isActiveAdmin()) {
      audit.success(
          Actor.system(org.id()),
          AuditActions.OIDC_TOKEN_REFUSED,
          "USER",
          user.id(),
          "console: role " + user.role().displayName());
      return OAuthResult.refused(
          new OAuthError(
              403,
              "access_denied",
              "Only an organization's Admins use the console; your role is "
                  + user.role().displayName()
                  + "."));
    }
    String email = user.email() != null ? user.email() : user.userName();
    return OAuthResult.ok(new AdminIdentity(org.id(), org.slug(), user.id(), email, user.role()));
  }

  /** The console's client, registered on first use (again when ROSTER_PUBLIC_URL changed). */
  public void ensureConsoleClient(String redirectUri) {
    Optional<OidcClient> console = clients.find(CONSOLE_CLIENT_ID);
    if (console.isPresent() && console.get().allowsRedirect(redirectUri)) {
      return;
    }
    console.ifPresent(c -> clients.remove(c.clientId()));
    clients.add(
        OidcClient.register(
            CONSOLE_CLIENT_ID,
            "Roster console",
            List.of(redirectUri),
            TokenSecrets.newValue(OidcClientService.SECRET_PREFIX),
            Instant.now()));
  }

  private record Redeemed(
      AuthorizationGrant grant, User user, Organization organization, String jti) {}

  /** A code exchanged once by the client it was issued to, with its verifier and redirect URI. */
  private OAuthResult<Redeemed> redeem(
      OidcClient client, String code, String redirectUri, String verifier) {
    if (code == null || code.isBlank()) {
      return OAuthResult.refused(OAuthError.invalidRequest("The code is missing."));
    }
    Instant now = Instant.now();
    Optional<AuthorizationGrant> found = grants.findByCodeHash(TokenSecrets.hash(code));
    if (found.isEmpty() || !found.get().clientId().equals(client.clientId())) {
      return OAuthResult.refused(OAuthError.invalidGrant("The code is unknown."));
    }
    AuthorizationGrant grant = found.get();
    if (grant.redeemedAt() != null || grant.revokedAt() != null) {
      return replayed(grant, now);
    }
    if (grant.expired(now)) {
      return OAuthResult.refused(OAuthError.invalidGrant("The code has expired (60 seconds)."));
    }
    if (!grant.redirectUri().equals(redirectUri)) {
      return OAuthResult.refused(
          OAuthError.invalidGrant("The redirect_uri differs from the authorization request's."));
    }
    if (!Pkce.matches(verifier, grant.codeChallenge())) {
      return OAuthResult.refused(
          OAuthError.invalidGrant("The code_verifier does not match the code_challenge."));
    }
    Organization org = organizations.findById(grant.organizationId()).orElseThrow();
    User user = users.findById(org.id(), grant.userId()).orElse(null);
    Optional<SignInRefusal> refusal =
        SignInCheck.refusal(ssoConfigurations.find(org.id()).orElse(null), user);
    if (refusal.isPresent()) {
      grants.revoke(grant.id(), now);
      audit.success(
          Actor.system(org.id()),
          AuditActions.OIDC_TOKEN_REFUSED,
          "USER",
          grant.userId(),
          refusal.get().name());
      return OAuthResult.refused(
          OAuthError.invalidGrant(refusal.get().personMessage("your identity provider")));
    }
    String jti = UUID.randomUUID().toString();
    if (!grants.redeem(grant.id(), jti, now)) {
      return replayed(grant, now);
    }
    return OAuthResult.ok(new Redeemed(grant, user, org, jti));
  }

  /** {@code /oidc/userinfo}: only for an unrevoked access token of a user still ACTIVE. */
  public OAuthResult<TokenSubject> userinfo(String accessToken) {
    Optional<com.nimbusds.jwt.JWTClaimsSet> claims =
        accessToken == null ? Optional.empty() : tokens.verifyAccess(accessToken);
    if (claims.isEmpty()) {
      return OAuthResult.refused(
          OAuthError.invalidToken("The access token is invalid or expired."));
    }
    Optional<AuthorizationGrant> grant = grants.findByAccessJti(claims.get().getJWTID());
    if (grant.isEmpty() || grant.get().revokedAt() != null) {
      return OAuthResult.refused(OAuthError.invalidToken("The access token was revoked."));
    }
    UUID orgId = grant.get().organizationId();
    User user = users.findById(orgId, grant.get().userId()).orElse(null);
    if (SignInCheck.refusal(ssoConfigurations.find(orgId).orElse(null), user).isPresent()) {
      return OAuthResult.refused(
          OAuthError.invalidToken(
              "The user may no longer sign in (deactivated, locked or removed)."));
    }
    return OAuthResult.ok(TokenSubject.of(user, organizations.findById(orgId).orElseThrow()));
  }

  /**
   * Whether an access token (by its id) still admits its user: its code was not revoked (a replay)
   * and the user may still sign in (deprovisioning ends it at once).
   */
  public boolean admits(String jti, UUID organizationId, UUID userId) {
    Optional<AuthorizationGrant> grant = grants.findByAccessJti(jti);
    if (grant.isEmpty()
        || grant.get().revokedAt() != null
        || !grant.get().organizationId().equals(organizationId)
        || !grant.get().userId().equals(userId)) {
      return false;
    }
    User user = users.findById(organizationId, userId).orElse(null);
    return SignInCheck.refusal(ssoConfigurations.find(organizationId).orElse(null), user).isEmpty();
  }

  private <T> OAuthResult<T> replayed(AuthorizationGrant grant, Instant now) {
    grants.revoke(grant.id(), now);
    audit.success(
        Actor.system(grant.organizationId()),
        AuditActions.OIDC_CODE_REPLAYED,
        "USER",
        grant.userId(),
        "client=" + grant.clientId() + ": the tokens issued for this code are revoked");
    return OAuthResult.refused(
        OAuthError.invalidGrant(
            "The code was already used: it is refused and the tokens issued for it are revoked."));
  }
}
