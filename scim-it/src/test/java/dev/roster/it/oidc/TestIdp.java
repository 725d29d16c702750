package dev.roster.it.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * An organization's IdP: NAV's mock-oauth2-server, a real OIDC provider (discovery, JWKS,
 * authorization code flow with PKCE and nonce, signed ID tokens) running in the test JVM on
 * loopback. A test says who signs in next ({@link #next}); {@link #rotateKeys} gives it a new
 * signing key under a new {@code kid}.
 */
final class TestIdp implements AutoCloseable {
  /** The client id Roster is configured with at every test IdP ({@code AdminClient.enableScim}). */
  static final String CLIENT_ID = "roster";

  private static final InetAddress LOOPBACK = loopback();
  private final String issuerId;
  private final KeyProvider keyProvider = new KeyProvider(List.of(newKey()));
  private final MockOAuth2Server server;
  private final int port;

  TestIdp(String issuerId) {
    this.issuerId = issuerId;
    OAuth2TokenProvider tokens = new OAuth2TokenProvider(keyProvider);
    server = new MockOAuth2Server(new OAuth2Config(false, null, null, false, tokens, Set.of()));
    server.start(LOOPBACK, 0);
    port = server.baseUrl().port();
  }

  private static RSAKey newKey() {
    try {
      return new RSAKeyGenerator(2048)
          .keyID("kid-" + UUID.randomUUID())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As the organization's admin configures it in Roster. */
  String issuer() {
    return "http://127.0.0.1:" + port + "/" + issuerId;
  }

  /** The next person to sign in at this IdP. */
  void next(String subject, String email, Boolean emailVerified) {
    Map<String, Object> claims = new HashMap<>();
    if (email != null) {
      claims.put("email", email);
    }
    if (emailVerified != null) {
      claims.put("email_verified", emailVerified);
    }
    server.enqueueCallback(
        new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
  }

  /**
   * A new signing key under a new kid, as an IdP rotates: the JWKS then serves only the new key.
   * The mock keeps one key per issuer in a private map, which this replaces.
   */
  void rotateKeys() {
    try {
      Field field = KeyProvider.class.getDeclaredField("signingKeys");
      field.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<String, JWK> keys = (Map<String, JWK>) field.get(keyProvider);
      keys.put(issuerId, newKey());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("mock-oauth2-server's KeyProvider changed", e);
    }
  }

  @Override
  public void close() {
    server.shutdown();
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByName("127.0.0.1");
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
