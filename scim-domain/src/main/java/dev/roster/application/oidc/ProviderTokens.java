package dev.roster.application.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.roster.application.common.RosterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and verifies Roster's tokens: RS256 JWTs with the MicroProfile JWT claims (iss, sub, aud,
 * exp, iat, jti, upn, groups) plus email, name, org (slug) and org_id. The access token's header
 * says {@code typ: at+jwt} (RFC 9068), so an ID token is never taken for an access token.
 */
@ApplicationScoped
public class ProviderTokens {
  static final JOSEObjectType ACCESS_TOKEN = new JOSEObjectType("at+jwt");

  @Inject ProviderKeys keys;
  @Inject RosterConfig config;

  @Inject
  @ConfigProperty(name = "roster.oidc.access.token.ttl.seconds", defaultValue = "300")
  long accessTtlSeconds;

  public String issuer() {
    return config.publicUrl() + "/oidc";
  }

  /** The access and ID tokens for {@code subject}; the access token's id is {@code jti}. */
  public IssuedTokens issue(TokenSubject subject, String clientId, String nonce, String jti) {
    Instant now = Instant.now();
    RSAKey key = keys.signingKey();
    JWTClaimsSet.Builder common = claims(subject, clientId, now);
    String access = sign(key, ACCESS_TOKEN, common.jwtID(jti).build());
    JWTClaimsSet.Builder id =
        claims(subject, clientId, now).jwtID(java.util.UUID.randomUUID().toString());
    if (nonce != null) {
      id.claim("nonce", nonce);
    }
    return new IssuedTokens(access, sign(key, JOSEObjectType.JWT, id.build()), accessTtlSeconds);
  }

  /** The claims of a valid access token Roster issued (signature, issuer, expiry); else empty. */
  public Optional<JWTClaimsSet> verifyAccess(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
          || !ACCESS_TOKEN.equals(jwt.getHeader().getType())) {
        return Optional.empty();
      }
      JWK jwk = keys.publicKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
      if (!(jwk instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date exp = claims.getExpirationTime();
      if (!issuer().equals(claims.getIssuer())
          || exp == null
          || !exp.toInstant().isAfter(Instant.now())
          || claims.getJWTID() == null) {
        return Optional.empty();
      }
      return Optional.of(claims);
    } catch (ParseException | JOSEException e) {
      return Optional.empty();
    }
  }

  private JWTClaimsSet.Builder claims(TokenSubject s, String clientId, Instant now) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer())
        .subject(s.userId().toString())
        .audience(clientId)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plusSeconds(accessTtlSeconds)))
        .claim("upn", s.email())
        .claim("email", s.email())
        .claim("name", s.name())
        .claim("groups", List.of(s.role()))
        .claim("org", s.orgSlug())
        .claim("org_id", s.orgId().toString());
  }

  private static String sign(RSAKey key, JOSEObjectType type, JWTClaimsSet claims) {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(type).build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
    return jwt.serialize();
  }
}
