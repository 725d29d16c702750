package dev.roster.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

/**
 * An OIDC provider's discovery side, served over real HTTP on loopback: the discovery document and
 * a JWKS with a freshly generated RSA key. {@link #advertiseIssuer} lets a test make it lie.
 */
public final class TestOidcProvider implements AutoCloseable {
  private final HttpServer server;
  private volatile String advertisedIssuer;
  private volatile boolean serveKeys = true;

  public TestOidcProvider() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String jwks = jwks();
    server.createContext(
        "/realms/it/.well-known/openid-configuration",
        exchange -> {
          String body =
              "{\"issuer\":\""
                  + (advertisedIssuer == null ? issuer() : advertisedIssuer)
                  + "\",\"jwks_uri\":\""
                  + issuer()
                  + "/keys\",\"authorization_endpoint\":\""
                  + issuer()
                  + "/auth\",\"token_endpoint\":\""
                  + issuer()
                  + "/token\",\"response_types_supported\":[\"code\"]}";
          respond(exchange, 200, body);
        });
    server.createContext(
        "/realms/it/keys", exchange -> respond(exchange, 200, serveKeys ? jwks : "{\"keys\":[]}"));
    server.start();
  }

  public String issuer() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/it";
  }

  public void advertiseIssuer(String issuer) {
    this.advertisedIssuer = issuer;
  }

  public void serveNoKeys() {
    this.serveKeys = false;
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static String jwks() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"it\",\"n\":\""
          + b64.encodeToString(unsigned(key.getModulus().toByteArray()))
          + "\",\"e\":\""
          + b64.encodeToString(unsigned(key.getPublicExponent().toByteArray()))
          + "\"}]}";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] unsigned(byte[] bytes) {
    return bytes.length > 1 && bytes[0] == 0
        ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length)
        : bytes;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
