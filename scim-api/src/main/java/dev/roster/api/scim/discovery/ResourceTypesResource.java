package dev.roster.api.scim.discovery;

import dev.roster.api.scim.ScimMediaType;
import dev.roster.api.scim.ScimResponses;
import dev.roster.application.common.RosterConfig;
import dev.roster.domain.common.NotFoundException;
import dev.roster.json.Json;
import dev.roster.scim.schema.SchemaJson;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
    JsonArrayBuilder resources = Json.createArrayBuilder();
    ScimSchemas.RESOURCE_TYPES.forEach(
        t -> resources.add(SchemaJson.resourceType(t, ScimResponses.base(config))));
    return Discovery.listResponse(resources.build());
  }

  @GET
  @Path("{id}")
  public JsonObject get(@PathParam("id") String id) {
    return ScimSchemas.RESOURCE_TYPES.stream()
        .filter(t -> t.name().equalsIgnoreCase(id))
        .findFirst()
        .map(t -> SchemaJson.resourceType(t, ScimResponses.base(config)))
        .orElseThrow(() -> new NotFoundException("No resource type " + id + "."));
  }
}
