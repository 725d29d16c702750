package dev.roster.api.admin.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.roster.application.admin.AdminIdentity;
import dev.roster.domain.role.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and verifies admin access tokens: short-lived RS256 JWTs with the MicroProfile JWT claims
 * (iss, sub, upn, groups, exp) plus the organization. Nimbus JOSE+JWT does the signing and
 * verification.
 */
@ApplicationScoped
public class AdminTokens {
  static final String ISSUER = "roster";

  @Inject AdminSigningKey key;

  @Inject
  @ConfigProperty(name = "roster.admin.token.ttl.seconds", defaultValue = "900")
  long ttlSeconds;

  public long ttlSeconds() {
    return ttlSeconds;
  }

  public String issue(AdminIdentity admin) {
    Instant now = Instant.now();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(admin.userId().toString())
            .claim("upn", admin.email())
            .claim("groups", List.of(admin.role().displayName()))
            .claim("org", admin.organizationId().toString())
            .claim("org_slug", admin.organizationSlug())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(ttlSeconds)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims);
    try {
      jwt.sign(new RSASSASigner(key.privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign the admin token", e);
    }
    return jwt.serialize();
  }

  /** The admin a valid, unexpired token stands for; empty for anything else. */
  public Optional<AdminIdentity> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new RSASSAVerifier(key.publicKey()))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expires = claims.getExpirationTime();
      if (!ISSUER.equals(claims.getIssuer())
          || expires == null
          || !expires.toInstant().isAfter(Instant.now())) {
        return Optional.empty();
      }
      List<String> groups = claims.getStringListClaim("groups");
      Role role =
          groups == null || groups.isEmpty() ? null : Role.byName(groups.get(0)).orElse(null);
      if (role == null) {
        return Optional.empty();
      }
      return Optional.of(
          new AdminIdentity(
              UUID.fromString(claims.getStringClaim("org")),
              claims.getStringClaim("org_slug"),
              UUID.fromString(claims.getSubject()),
              claims.getStringClaim("upn"),
              role));
    } catch (ParseException | JOSEException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
