package dev.roster.it.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.sun.net.httpserver.HttpServer;
import dev.roster.it.AdminClient;
import dev.roster.it.Http;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The host product: an application that signs its people in through Roster with a real OIDC client
 * library (Nimbus OAuth 2.0 SDK). It registers as a client, discovers Roster, builds authorization
 * requests with state, nonce and PKCE, and exchanges codes, validating Roster's ID token against
 * Roster's JWKS. Its redirect URI is served on loopback so that a browser can land on it.
 */
final class HostProduct implements AutoCloseable {
  final HttpServer server;
  final String redirectUri;
  final String clientId;
  final String clientSecret;
  final OIDCProviderMetadata roster;

  HostProduct() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/cb",
        exchange -> {
          byte[] body = "<!DOCTYPE html><title>Product</title><p id=done>back</p>".getBytes();
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    redirectUri = "http://127.0.0.1:" + server.getAddress().getPort() + "/cb";
    Http.Response created =
        Http.postJson(
            "/api/platform/v1/clients",
            "{\"name\":\"Product\",\"redirectUris\":[\"" + redirectUri + "\"]}",
            "Authorization",
            "Bearer " + AdminClient.PLATFORM_KEY);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    clientId = created.json().getString("clientId");
    clientSecret = created.json().getString("clientSecret");
    try {
      roster = OIDCProviderMetadata.resolve(new Issuer(Http.BASE + "/oidc"));
    } catch (Exception e) {
      throw new IllegalStateException("Roster's discovery document", e);
    }
  }

  /** One sign-in as the product starts it: its own state, nonce and PKCE verifier. */
  final class Attempt {
    final State state = new State();
    final Nonce nonce = new Nonce();
    final CodeVerifier verifier = new CodeVerifier();

    URI authorizeUri(String organization) {
      URI uri =
          new AuthenticationRequest.Builder(
                  ResponseType.CODE,
                  new Scope("openid", "email"),
                  new ClientID(clientId),
                  URI.create(redirectUri))
              .endpointURI(roster.getAuthorizationEndpointURI())
              .state(state)
              .nonce(nonce)
              .codeChallenge(verifier, CodeChallengeMethod.S256)
              .build()
              .toURI();
      return organization == null ? uri : URI.create(uri + "&organization=" + organization);
    }

    /** Exchanges the code; the ID token is validated against Roster's JWKS and this nonce. */
    Tokens exchange(String code) {
      TokenResponse response = tokenResponse(code);
      assertThat(response.indicatesSuccess())
          .as(() -> ((TokenErrorResponse) response).getErrorObject().toJSONObject().toString())
          .isTrue();
      OIDCTokenResponse ok = (OIDCTokenResponse) response.toSuccessResponse();
      try {
        IDTokenValidator validator =
            new IDTokenValidator(
                new Issuer(roster.getIssuer()),
                new ClientID(clientId),
                JWSAlgorithm.RS256,
                roster.getJWKSetURI().toURL());
        JWTClaimsSet id =
            JWTClaimsSet.parse(
                validator.validate(ok.getOIDCTokens().getIDToken(), nonce).toJSONObject());
        JWTClaimsSet access =
            com.nimbusds.jwt.SignedJWT.parse(ok.getOIDCTokens().getAccessToken().getValue())
                .getJWTClaimsSet();
        return new Tokens(
            ok.getOIDCTokens().getAccessToken().getValue(),
            ok.getOIDCTokens().getIDTokenString(),
            id,
            access);
      } catch (Exception e) {
        throw new AssertionError("Roster's ID token did not validate", e);
      }
    }

    /** The token endpoint's error for this code, e.g. invalid_grant. */
    JsonObject refusedExchange(String code) {
      TokenResponse response = tokenResponse(code);
      assertThat(response.indicatesSuccess()).isFalse();
      return jakarta.json.Json.createReader(
              new java.io.StringReader(
                  ((TokenErrorResponse) response).getErrorObject().toJSONObject().toString()))
          .readObject();
    }

    private TokenResponse tokenResponse(String code) {
      try {
        return OIDCTokenResponseParser.parse(
            new TokenRequest(
                    roster.getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(clientId), new Secret(clientSecret)),
                    new AuthorizationCodeGrant(
                        new AuthorizationCode(code), URI.create(redirectUri), verifier))
                .toHTTPRequest()
                .send());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  record Tokens(String accessToken, String idToken, JWTClaimsSet id, JWTClaimsSet access) {}

  Attempt attempt() {
    return new Attempt();
  }

  /** The query parameters of a URI the browser was sent to. */
  static Map<String, String> query(String uri) {
    Map<String, String> params = new HashMap<>();
    String query = URI.create(uri).getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        params.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
