package dev.roster.application.sso;

import dev.roster.domain.sso.SsoActivationException;
import dev.roster.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies an OIDC issuer: fetches {@code <issuer>/.well-known/openid-configuration}, checks that
 * it names the same issuer, then fetches its {@code jwks_uri} and checks it holds keys.
 */
@ApplicationScoped
public class OidcDiscovery {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Inject
  @ConfigProperty(name = "roster.sso.allow.insecure.issuer", defaultValue = "false")
  boolean allowInsecureIssuer;

  public void verify(String issuer) {
    URI issuerUri = URI.create(issuer);
    requireSecure(issuerUri, "issuer");
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    URI discoveryUri = URI.create(base + "/.well-known/openid-configuration");
    JsonObject discovery = fetchJson(discoveryUri, "discovery document");
    String advertised = discovery.getString("issuer", null);
    if (advertised == null) {
      throw new SsoActivationException(
          "The discovery document at " + discoveryUri + " has no issuer.");
    }
    if (!advertised.equals(issuer)) {
      throw new SsoActivationException(
          "Issuer mismatch: the discovery document at "
              + discoveryUri
              + " names issuer '"
              + advertised
              + "', but the configured issuer is '"
              + issuer
              + "'. Use exactly the issuer your IdP advertises.");
    }
    String jwksUri = discovery.getString("jwks_uri", null);
    if (jwksUri == null) {
      throw new SsoActivationException(
          "The discovery document at " + discoveryUri + " has no jwks_uri.");
    }
    URI jwks;
    try {
      jwks = URI.create(jwksUri);
    } catch (IllegalArgumentException e) {
      throw new SsoActivationException("The jwks_uri '" + jwksUri + "' is not a valid URL.");
    }
    requireSecure(jwks, "jwks_uri");
    JsonObject keys = fetchJson(jwks, "signing keys (jwks_uri)");
    JsonValue list = keys.get("keys");
    if (list == null
        || list.getValueType() != JsonValue.ValueType.ARRAY
        || list.asJsonArray().isEmpty()) {
      throw new SsoActivationException("The key set at " + jwks + " contains no keys.");
    }
  }

  /** https, or plain http only on loopback or when allowed by configuration. */
  public void requireSecure(URI uri, String what) {
    if ("https".equalsIgnoreCase(uri.getScheme())) {
      return;
    }
    if (!"http".equalsIgnoreCase(uri.getScheme())) {
      throw new SsoActivationException("The " + what + " must be an https URL: " + uri);
    }
    if (allowInsecureIssuer || isLoopback(uri.getHost())) {
      return;
    }
    throw new SsoActivationException(
        "The "
            + what
            + " "
            + uri
            + " uses plain http; only https is allowed (plain http only on loopback, or with"
            + " ROSTER_SSO_ALLOW_INSECURE_ISSUER=true).");
  }

  private static boolean isLoopback(String host) {
    try {
      return host != null && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static JsonObject fetchJson(URI uri, String what) {
    HttpResponse<String> response;
    try {
      response =
          CLIENT.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(10))
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SsoActivationException(
          "Could not fetch the " + what + " from " + uri + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SsoActivationException("Interrupted while fetching " + uri);
    } catch (IllegalArgumentException e) {
      throw new SsoActivationException("Invalid URL " + uri);
    }
    if (response.statusCode() != 200) {
      throw new SsoActivationException(
          "Fetching the "
              + what
              + " from "
              + uri
              + " answered HTTP "
              + response.statusCode()
              + ".");
    }
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    } catch (JsonException | ClassCastException e) {
      throw new SsoActivationException("The " + what + " at " + uri + " is not a JSON object.");
    }
  }
}
