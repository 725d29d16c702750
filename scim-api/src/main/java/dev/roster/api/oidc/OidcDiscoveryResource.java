package dev.roster.api.oidc;

import dev.roster.application.oidc.ProviderKeys;
import dev.roster.application.oidc.ProviderTokens;
import dev.roster.json.Json;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What an OIDC client library reads first: the discovery document and the signing keys. */
@Path("oidc")
@Produces(MediaType.APPLICATION_JSON)
public class OidcDiscoveryResource {
  static final String[] CLAIMS = {
    "iss", "sub", "aud", "exp", "iat", "jti", "nonce", "upn", "email", "name", "groups", "org",
    "org_id"
  };

  @Inject ProviderTokens tokens;
  @Inject ProviderKeys keys;

  @GET
  @Path(".well-known/openid-configuration")
  public Response configuration() {
    String issuer = tokens.issuer();
    JsonObject body =
        Json.createObjectBuilder()
            .add("issuer", issuer)
            .add("authorization_endpoint", issuer + "/authorize")
            .add("token_endpoint", issuer + "/token")
            .add("userinfo_endpoint", issuer + "/userinfo")
            .add("jwks_uri", issuer + "/jwks")
            .add("response_types_supported", array("code"))
            .add("response_modes_supported", array("query"))
            .add("grant_types_supported", array("authorization_code"))
            .add("subject_types_supported", array("public"))
            .add("id_token_signing_alg_values_supported", array("RS256"))
            .add("scopes_supported", array("openid", "email", "profile"))
            .add(
                "token_endpoint_auth_methods_supported",
                array("client_secret_basic", "client_secret_post"))
            .add("code_challenge_methods_supported", array("S256"))
            .add("claims_supported", array(CLAIMS))
            .build();
    return Response.ok(body).header("Cache-Control", "public, max-age=300").build();
  }

  /** The public keys: the signing key and any retired one still in its overlap. */
  @GET
  @Path("jwks")
  public Response jwks() {
    return Response.ok(keys.publicKeys().toString(true))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "public, max-age=60")
        .build();
  }

  private static JsonArrayBuilder array(String... values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String v : values) {
      array.add(v);
    }
    return array;
  }
}
