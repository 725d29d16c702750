package dev.roster.api.admin;

import dev.roster.api.admin.security.AdminRequestContext;
import dev.roster.application.token.IssuedTokenView;
import dev.roster.application.token.TokenService;
import dev.roster.application.token.TokenView;
import dev.roster.json.Json;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** SCIM tokens: listed without values; a value is returned once, when created. */
@Path("api/admin/v1/provisioning/tokens")
@RolesAllowed("Admin")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {
  @Inject TokenService tokens;
  @Inject AdminRequestContext context;

  @GET
  public JsonArray list() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    tokens.list(context.actor()).forEach(t -> array.add(json(t)));
    return array.build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject body) {
    JsonObject b = AdminJson.body(body);
    IssuedTokenView issued =
        tokens.issue(
            context.actor(),
            AdminJson.requiredString(b, "name"),
            AdminJson.instant(b, "expiresAt"));
    JsonObject entity = json(issued.token()).add("token", issued.value()).build();
    return Response.status(201).entity(entity).header("Cache-Control", "no-store").build();
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") String id) {
    tokens.revoke(context.actor(), AdminJson.uuid(id, "SCIM token"));
    return Response.noContent().build();
  }

  static JsonObjectBuilder json(TokenView t) {
    return AdminJson.object(
        "id", t.id(),
        "name", t.name(),
        "createdAt", t.createdAt(),
        "expiresAt", t.expiresAt(),
        "lastUsedAt", t.lastUsedAt(),
        "revokedAt", t.revokedAt(),
        "status", t.status().name());
  }
}
