package dev.roster.application.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.roster.application.sso.SecretCipher;
import dev.roster.domain.oidc.SigningKey;
import dev.roster.domain.oidc.SigningKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Roster's token signing keys, kept in the database (private keys encrypted with {@link
 * SecretCipher}) so that every node signs with and publishes the same keys. The first key is made
 * on first need. {@link #rotate} makes a new key the signing one; the old one stays in the JWKS for
 * {@code roster.oidc.key.overlap.seconds} (longer than any token it signed lives), then is dropped.
 * The signing key is cached for a few seconds; the published set is read on each request, so a key
 * another node made is published at once.
 */
@ApplicationScoped
public class ProviderKeys {
  private static final Duration CACHE = Duration.ofSeconds(30);

  @Inject SigningKeyRepository keys;
  @Inject SecretCipher cipher;

  @Inject
  @ConfigProperty(name = "roster.oidc.key.overlap.seconds", defaultValue = "86400")
  long overlapSeconds;

  private record Cached(RSAKey key, Instant loadedAt) {}

  private volatile Cached cached;

  /** The key that signs now (with its private part). */
  @Transactional
  public RSAKey signingKey() {
    Instant now = Instant.now();
    Cached c = cached;
    if (c != null && c.loadedAt().plus(CACHE).isAfter(now)) {
      return c.key();
    }
    SigningKey current =
        published(now).stream()
            .filter(k -> k.retiredAt() == null)
            .findFirst()
            .orElseGet(() -> generate(now));
    RSAKey key = parsePrivate(current);
    cached = new Cached(key, now);
    return key;
  }

  /** The public keys to publish: the signing key and those still in their overlap. */
  @Transactional
  public JWKSet publicKeys() {
    List<JWK> jwks = new ArrayList<>();
    List<SigningKey> published = published(Instant.now());
    if (published.isEmpty()) {
      signingKey();
      published = published(Instant.now());
    }
    for (SigningKey k : published) {
      try {
        jwks.add(JWK.parse(k.publicJwk()));
      } catch (ParseException e) {
        throw new IllegalStateException("Stored signing key " + k.kid() + " is not a JWK", e);
      }
    }
    return new JWKSet(jwks);
  }

  /** How long the current signing key has been signing (zero when there is none yet). */
  @Transactional
  public Duration signingKeyAge(Instant now) {
    return published(now).stream()
        .filter(k -> k.retiredAt() == null)
        .findFirst()
        .map(k -> Duration.between(k.createdAt(), now))
        .orElse(Duration.ZERO);
  }

  /** A new signing key; the previous ones are retired (still published during the overlap). */
  @Transactional
  public String rotate() {
    Instant now = Instant.now();
    SigningKey key = generate(now);
    keys.retireAllBut(key.kid(), now);
    keys.dropRetiredBefore(now.minusSeconds(overlapSeconds));
    cached = null;
    return key.kid();
  }

  private List<SigningKey> published(Instant now) {
    return keys.published(now.minusSeconds(overlapSeconds));
  }

  private SigningKey generate(Instant now) {
    try {
      RSAKey key =
          new RSAKeyGenerator(2048)
              .keyID(UUID.randomUUID().toString())
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .generate();
      SigningKey stored =
          new SigningKey(
              key.getKeyID(),
              key.toPublicJWK().toJSONString(),
              cipher.encrypt(key.toJSONString()),
              now,
              null);
      keys.add(stored);
      return stored;
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate a signing key", e);
    }
  }

  private RSAKey parsePrivate(SigningKey key) {
    try {
      return RSAKey.parse(cipher.decrypt(key.privateKeyEncrypted()));
    } catch (ParseException e) {
      throw new IllegalStateException("Stored signing key " + key.kid() + " is not a JWK", e);
    }
  }
}
