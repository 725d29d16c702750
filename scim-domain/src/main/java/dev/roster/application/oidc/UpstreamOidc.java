package dev.roster.application.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.roster.application.common.RosterConfig;
import dev.roster.application.sso.OidcDiscovery;
import dev.roster.application.sso.SecretCipher;
import dev.roster.domain.sso.SsoActivationException;
import dev.roster.domain.sso.SsoConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Roster as an OIDC client of an organization's IdP, with Nimbus OAuth 2.0 SDK: discovery (cached),
 * the authorization request (code flow, PKCE S256, state, nonce), the code exchange and the full
 * validation of the ID token: signature against the IdP's JWKS (cached per issuer and refetched on
 * an unknown {@code kid}, so the IdP can rotate its keys), iss, aud, exp and iat with a minute of
 * skew, nonce.
 */
@ApplicationScoped
public class UpstreamOidc {
  private static final int CONNECT_MS = 5_000;
  private static final int READ_MS = 10_000;
  private static final long METADATA_TTL_SECONDS = 900;
  private static final int CLOCK_SKEW_SECONDS = 60;
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384);

  @Inject SecretCipher cipher;
  @Inject OidcDiscovery discovery;
  @Inject RosterConfig config;

  private record CachedMetadata(OIDCProviderMetadata metadata, Instant fetchedAt) {}

  private final Map<String, CachedMetadata> metadata = new ConcurrentHashMap<>();
  private final Map<String, JWKSource<SecurityContext>> keySources = new ConcurrentHashMap<>();

  /** Where the IdP sends people back to Roster. */
  public URI callbackUri() {
    return URI.create(config.publicUrl() + "/oidc/callback");
  }

  public URI authorizationUri(SsoConfiguration sso, String state, String nonce, String verifier)
      throws UpstreamException {
    OIDCProviderMetadata md = metadata(sso.issuer());
    return new AuthenticationRequest.Builder(
            ResponseType.CODE,
            new Scope("openid", "email", "profile"),
            new ClientID(sso.clientId()),
            callbackUri())
        .endpointURI(md.getAuthorizationEndpointURI())
        .state(new State(state))
        .nonce(new Nonce(nonce))
        .codeChallenge(new CodeVerifier(verifier), CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  /** Exchanges the code at the IdP and validates the ID token it returns. */
  public UpstreamIdentity exchange(
      SsoConfiguration sso, String code, String verifier, String expectedNonce)
      throws UpstreamException {
    OIDCProviderMetadata md = metadata(sso.issuer());
    URI tokenEndpoint = secure(md.getTokenEndpointURI(), "token endpoint");
    AuthorizationCodeGrant grant =
        new AuthorizationCodeGrant(
            new AuthorizationCode(code), callbackUri(), new CodeVerifier(verifier));
    ClientID clientId = new ClientID(sso.clientId());
    com.nimbusds.oauth2.sdk.TokenRequest request =
        sso.encryptedClientSecret() == null
            ? new com.nimbusds.oauth2.sdk.TokenRequest(tokenEndpoint, clientId, grant)
            : new com.nimbusds.oauth2.sdk.TokenRequest(
                tokenEndpoint,
                new ClientSecretBasic(
                    clientId, new Secret(cipher.decrypt(sso.encryptedClientSecret()))),
                grant);
    TokenResponse response;
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(CONNECT_MS);
      http.setReadTimeout(READ_MS);
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException e) {
      throw new UpstreamException("Could not reach the identity provider: " + e.getMessage());
    } catch (ParseException e) {
      throw new UpstreamException("The identity provider's token response is not valid.");
    }
    if (!response.indicatesSuccess()) {
      ErrorObject error = response.toErrorResponse().getErrorObject();
      throw new UpstreamException(
          "The identity provider refused the sign-in: "
              + error.getCode()
              + (error.getDescription() == null ? "" : " (" + error.getDescription() + ")"));
    }
    JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    if (idToken == null) {
      throw new UpstreamException("The identity provider returned no ID token.");
    }
    IDTokenClaimsSet claims;
    try {
      claims = validator(sso, md).validate(idToken, new Nonce(expectedNonce));
    } catch (BadJOSEException | JOSEException e) {
      throw new UpstreamException(
          "The identity provider's ID token could not be verified: " + e.getMessage());
    }
    return new UpstreamIdentity(
        claims.getIssuer().getValue(),
        claims.getSubject().getValue(),
        claims.getStringClaim("email"),
        claims.getBooleanClaim("email_verified"));
  }

  private IDTokenValidator validator(SsoConfiguration sso, OIDCProviderMetadata md)
      throws UpstreamException {
    URI jwksUri = secure(md.getJWKSetURI(), "jwks_uri");
    JWKSource<SecurityContext> source =
        keySources.computeIfAbsent(jwksUri.toString(), uri -> keySource(jwksUri));
    IDTokenValidator validator =
        new IDTokenValidator(
            new Issuer(sso.issuer()),
            new ClientID(sso.clientId()),
            new JWSVerificationKeySelector<>(ALGORITHMS, source),
            null);
    validator.setMaxClockSkew(CLOCK_SKEW_SECONDS);
    return validator;
  }

  /**
   * The IdP's keys, cached for 15 minutes; a token signed with a key not in the cache refetches the
   * set (at most once a second), which is how an IdP's key rotation is followed.
   */
  private static JWKSource<SecurityContext> keySource(URI jwksUri) {
    try {
      return JWKSourceBuilder.create(
              jwksUri.toURL(), new DefaultResourceRetriever(CONNECT_MS, READ_MS, 512 * 1024))
          .cache(15 * 60 * 1000L, READ_MS)
          .rateLimited(1_000L)
          .build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Invalid jwks_uri " + jwksUri, e);
    }
  }

  private OIDCProviderMetadata metadata(String issuer) throws UpstreamException {
    CachedMetadata cached = metadata.get(issuer);
    if (cached != null
        && cached.fetchedAt().plusSeconds(METADATA_TTL_SECONDS).isAfter(Instant.now())) {
      return cached.metadata();
    }
    secure(URI.create(issuer), "issuer");
    try {
      OIDCProviderMetadata md =
          OIDCProviderMetadata.resolve(new Issuer(issuer), CONNECT_MS, READ_MS);
      secure(md.getAuthorizationEndpointURI(), "authorization endpoint");
      metadata.put(issuer, new CachedMetadata(md, Instant.now()));
      return md;
    } catch (GeneralException | IOException e) {
      throw new UpstreamException(
          "Could not read the identity provider's discovery document: " + e.getMessage());
    }
  }

  private URI secure(URI uri, String what) throws UpstreamException {
    if (uri == null) {
      throw new UpstreamException("The identity provider advertises no " + what + ".");
    }
    try {
      discovery.requireSecure(uri, what);
      return uri;
    } catch (SsoActivationException e) {
      throw new UpstreamException(e.getMessage());
    }
  }
}
