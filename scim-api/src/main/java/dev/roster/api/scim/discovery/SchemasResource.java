package dev.roster.api.scim.discovery;

import dev.roster.api.scim.ScimMediaType;
import dev.roster.application.common.RosterConfig;
import dev.roster.application.scim.ScimList;
import dev.roster.domain.common.NotFoundException;
import dev.roster.scim.schema.DiscoverySchemas;
import dev.roster.scim.schema.SchemaDefinition;
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
import java.util.List;

/** RFC 7644 §4: the schemas Roster serves, with their attribute characteristics. */
@ApplicationScoped
@Path("scim/v2/Schemas")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
public class SchemasResource {
  private static final List<SchemaDefinition> SCHEMAS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  ScimSchemas.USER_SCHEMA,
                  ScimSchemas.ENTERPRISE_USER_SCHEMA,
                  ScimSchemas.GROUP_SCHEMA),
              DiscoverySchemas.ALL.stream())
          .toList();

  @Inject RosterConfig config;

  @GET
  public JsonObject list() {
    String base = config.scimBaseUrl();
    return ScimList.all(SCHEMAS.stream().map(s -> SchemaJson.schema(s, base)).toList()).toJson();
  }

  @GET
  @Path("{id}")
  public JsonObject get(@PathParam("id") String id) {
    return SCHEMAS.stream()
        .filter(s -> s.id().equalsIgnoreCase(id))
        .findFirst()
        .map(s -> SchemaJson.schema(s, config.scimBaseUrl()))
        .orElseThrow(() -> new NotFoundException("No schema " + id + "."));
  }
}
