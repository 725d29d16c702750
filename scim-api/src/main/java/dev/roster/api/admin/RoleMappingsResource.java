package dev.roster.api.admin;

import dev.roster.api.admin.security.AdminRequestContext;
import dev.roster.application.provisioning.RoleMappingService;
import dev.roster.domain.common.ValidationException;
import dev.roster.domain.role.MappingSource;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleMapping;
import dev.roster.json.Json;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** IdP role and group values mapped to product roles. */
@Path("api/admin/v1/provisioning/role-mappings")
@RolesAllowed("Admin")
@Produces(MediaType.APPLICATION_JSON)
public class RoleMappingsResource {
  @Inject RoleMappingService mappings;
  @Inject AdminRequestContext context;

  @GET
  public JsonArray list() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    mappings.list(context.actor()).forEach(m -> array.add(json(m)));
    return array.build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject body) {
    JsonObject b = AdminJson.body(body);
    MappingSource source = AdminJson.enumValue(b, "source", MappingSource.class);
    if (source == null) {
      throw new ValidationException("'source' is required: ROLE or GROUP.");
    }
    RoleMapping mapping =
        mappings.add(
            context.actor(),
            source,
            AdminJson.requiredString(b, "idpValue"),
            Role.require(AdminJson.requiredString(b, "role")));
    return Response.status(201).entity(json(mapping)).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    mappings.remove(context.actor(), AdminJson.uuid(id, "role mapping"));
    return Response.noContent().build();
  }

  static JsonObject json(RoleMapping m) {
    return AdminJson.object(
            "id", m.id(),
            "source", m.source().name(),
            "idpValue", m.idpValue(),
            "role", m.role().displayName())
        .build();
  }
}
