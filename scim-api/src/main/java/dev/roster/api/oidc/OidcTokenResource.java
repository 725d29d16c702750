package dev.roster.api.oidc;

import dev.roster.application.oidc.CodeExchangeService;
import dev.roster.application.oidc.IssuedTokens;
import dev.roster.application.oidc.OAuthError;
import dev.roster.application.oidc.OAuthResult;
import dev.roster.application.oidc.TokenRequest;
import dev.roster.application.oidc.TokenSubject;
import dev.roster.json.Json;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The back channel: the token endpoint and userinfo. Errors as RFC 6749 §5.2 JSON. */
@Path("oidc")
@Produces(MediaType.APPLICATION_JSON)
public class OidcTokenResource {
  @Inject CodeExchangeService exchange;

  @POST
  @Path("token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response token(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      MultivaluedMap<String, String> form) {
    String clientId = form.getFirst("client_id");
    String secret = form.getFirst("client_secret");
    boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    if (basic) {
      String[] credentials = basicCredentials(authorization.substring(6).strip());
      if (credentials == null || secret != null) {
        return error(
            new OAuthError(
                400,
                "invalid_request",
                "Authenticate the client one way: the Basic header or client_secret, not both."),
            false);
      }
      if (clientId != null && !clientId.equals(credentials[0])) {
        return error(new OAuthError(400, "invalid_request", "client_id differs."), false);
      }
      clientId = credentials[0];
      secret = credentials[1];
    }
    OAuthResult<IssuedTokens> result =
        exchange.token(
            new TokenRequest(
                clientId,
                secret,
                form.getFirst("grant_type"),
                form.getFirst("code"),
                form.getFirst("redirect_uri"),
                form.getFirst("code_verifier")));
    if (!result.ok()) {
      return error(result.error(), basic);
    }
    IssuedTokens t = result.value();
    JsonObject body =
        Json.createObjectBuilder()
            .add("access_token", t.accessToken())
            .add("id_token", t.idToken())
            .add("token_type", "Bearer")
            .add("expires_in", t.expiresIn())
            .build();
    return noStore(Response.ok(body)).build();
  }

  @GET
  @Path("userinfo")
  public Response userinfo(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String token =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? authorization.substring(7).strip()
            : null;
    OAuthResult<TokenSubject> result = exchange.userinfo(token);
    if (!result.ok()) {
      return noStore(Response.status(401).entity(errorBody(result.error())))
          .header(
              HttpHeaders.WWW_AUTHENTICATE,
              "Bearer error=\"invalid_token\", error_description=\""
                  + result.error().description()
                  + "\"")
          .build();
    }
    TokenSubject s = result.value();
    JsonObject body =
        Json.createObjectBuilder()
            .add("sub", s.userId().toString())
            .add("email", s.email())
            .add("name", s.name())
            .add("upn", s.email())
            .add("groups", Json.createArrayBuilder().add(s.role()))
            .add("org", s.orgSlug())
            .add("org_id", s.orgId().toString())
            .build();
    return noStore(Response.ok(body)).build();
  }

  /** RFC 6749 §2.3.1: the id and secret are form-urlencoded, then joined by ':' in base64. */
  private static String[] basicCredentials(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return null;
      }
      return new String[] {
        URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
        URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
      };
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Response error(OAuthError error, boolean basic) {
    Response.ResponseBuilder r = noStore(Response.status(error.status()).entity(errorBody(error)));
    if (error.status() == 401) {
      r.header(
          HttpHeaders.WWW_AUTHENTICATE,
          basic ? "Basic realm=\"Roster\"" : "Bearer realm=\"Roster\"");
    }
    return r.build();
  }

  private static JsonObject errorBody(OAuthError error) {
    return Json.createObjectBuilder()
        .add("error", error.error())
        .add("error_description", error.description())
        .build();
  }

  private static Response.ResponseBuilder noStore(Response.ResponseBuilder r) {
    return r.type(MediaType.APPLICATION_JSON_TYPE)
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache");
  }
}
