package dev.roster.it.compliance;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OAuth 2.0 token endpoint on loopback that answers client-credentials requests with a fixed
 * access token: SCIMono obtains its bearer token only this way, while Roster issues long-lived SCIM
 * tokens. The grant type may come in the query string (as SCIMono sends it) or a form body.
 */
final class ClientCredentialsTokenEndpoint implements AutoCloseable {
  static final String PATH = "/oauth/token";

  private final HttpServer server;
  private final String accessToken;
  private final AtomicInteger issued = new AtomicInteger();

  ClientCredentialsTokenEndpoint(String accessToken) {
    this.accessToken = accessToken;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(PATH, this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
  }

  int issued() {
    return issued.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String query = exchange.getRequestURI().getRawQuery();
    boolean clientCredentials =
        "POST".equals(exchange.getRequestMethod())
            && ("client_credentials".equals(parameter(query, "grant_type"))
                || "client_credentials".equals(parameter(body, "grant_type")));
    if (!clientCredentials) {
      respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
      return;
    }
    issued.incrementAndGet();
    respond(
        exchange,
        200,
        "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  private static String parameter(String encoded, String name) {
    if (encoded == null || encoded.isEmpty()) {
      return null;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
