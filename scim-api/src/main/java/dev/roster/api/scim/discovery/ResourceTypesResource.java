package dev.roster.api.scim.discovery;

import dev.roster.api.scim.ScimMediaType;
import dev.roster.application.common.RosterConfig;
import dev.roster.application.scim.ScimList;
import dev.roster.domain.common.NotFoundException;
import dev.roster.scim.schema.SchemaJson;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** RFC 7644 §4: the resource types Roster serves (User with EnterpriseUser, Group). */
@ApplicationScoped
@Path("scim/v2/ResourceTypes")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
public class ResourceTypesResource {
  @Inject RosterConfig config;

  @GET
  public JsonObject list() {
    String base = config.scimBaseUrl();
    return ScimList.all(
            ScimSchemas.RESOURCE_TYPES.stream().map(t -> SchemaJson.resourceType(t, base)).toList())
        .toJson();
  }

  @GET
  @Path("{id}")
  public JsonObject get(@PathParam("id") String id) {
    return ScimSchemas.RESOURCE_TYPES.stream()
        .filter(t -> t.name().equalsIgnoreCase(id))
        .findFirst()
        .map(t -> SchemaJson.resourceType(t, config.scimBaseUrl()))
        .orElseThrow(() -> new NotFoundException("No resource type " + id + "."));
  }
}
