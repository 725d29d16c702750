package dev.roster.api.admin;

import dev.roster.domain.role.Role;
import dev.roster.json.Json;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The built-in product roles, most privileged first. */
@Path("api/admin/v1/roles")
@RolesAllowed("Admin")
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {
  @GET
  public JsonArray list() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Role role : Role.values()) {
      array.add(
          Json.createObjectBuilder().add("name", role.displayName()).add("rank", role.rank()));
    }
    return array.build();
  }
}
