package dev.roster.api.platform;

import dev.roster.application.oidc.OidcClientService;
import dev.roster.application.oidc.OidcClientView;
import dev.roster.application.oidc.RegisteredClient;
import dev.roster.domain.common.ValidationException;
import dev.roster.json.Json;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The host products that sign people in through Roster's OpenID Connect provider. The client secret
 * is in the creation's answer only.
 */
@Path("api/platform/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformClientsResource {
  @Inject OidcClientService clients;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(JsonObject body) {
    if (body == null) {
      throw new ValidationException("A JSON object body is required.");
    }
    RegisteredClient created = clients.register(name(body), redirectUris(body));
    JsonObject entity = json(created.client()).add("clientSecret", created.clientSecret()).build();
    return Response.created(URI.create("/api/platform/v1/clients/" + created.client().clientId()))
        .entity(entity)
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  public Response list() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    clients.list().forEach(c -> array.add(json(c)));
    return Response.ok(array.build()).build();
  }

  @GET
  @Path("{clientId}")
  public Response get(@PathParam("clientId") String clientId) {
    return Response.ok(json(clients.get(clientId)).build()).build();
  }

  @DELETE
  @Path("{clientId}")
  public Response delete(@PathParam("clientId") String clientId) {
    clients.delete(clientId);
    return Response.noContent().build();
  }

  private static JsonObjectBuilder json(OidcClientView c) {
    JsonArrayBuilder uris = Json.createArrayBuilder();
    c.redirectUris().forEach(uris::add);
    return Json.createObjectBuilder()
        .add("clientId", c.clientId())
        .add("name", c.name())
        .add("redirectUris", uris)
        .add("createdAt", c.createdAt().toString());
  }

  private static String name(JsonObject body) {
    JsonValue value = body.get("name");
    if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
      throw new ValidationException("'name' is required (a string).");
    }
    return body.getString("name");
  }

  private static List<String> redirectUris(JsonObject body) {
    JsonValue value = body.get("redirectUris");
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new ValidationException(
          "'redirectUris' is required: an array of the exact URLs people are sent back to.");
    }
    List<String> uris = new ArrayList<>();
    for (JsonValue uri : value.asJsonArray()) {
      if (uri.getValueType() != JsonValue.ValueType.STRING) {
        throw new ValidationException("Each of 'redirectUris' must be a string.");
      }
      uris.add(((JsonString) uri).getString());
    }
    return uris;
  }
}
