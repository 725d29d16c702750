package dev.roster.api.platform;

import dev.roster.application.organization.OrganizationService;
import dev.roster.application.organization.OrganizationSummary;
import dev.roster.domain.common.ValidationException;
import dev.roster.json.Json;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/**
 * The operator's API: creates organizations with their first admin. Authorised by {@link
 * PlatformKey}.
 */
@Path("api/platform/v1/organizations")
public class PlatformOrganizationsResource {
  @Inject OrganizationService organizations;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(JsonObject body) {
    if (body == null) {
      throw new ValidationException("A JSON object body is required.");
    }
    OrganizationSummary created =
        organizations.createWithAdmin(
            text(body, "slug"),
            text(body, "name"),
            text(body, "adminEmail"),
            text(body, "adminPassword"),
            UUID.randomUUID().toString());
    JsonObject entity =
        Json.createObjectBuilder()
            .add("id", created.id().toString())
            .add("slug", created.slug())
            .add("name", created.name())
            .add("createdAt", created.createdAt().toString())
            .build();
    return Response.created(URI.create("/api/platform/v1/organizations/" + created.id()))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(entity)
        .build();
  }

  private static String text(JsonObject body, String key) {
    JsonValue value = body.get(key);
    if (value == null
        || value.getValueType() != JsonValue.ValueType.STRING
        || body.getString(key).isBlank()) {
      throw new ValidationException("'" + key + "' is required (a string).");
    }
    return body.getString(key);
  }
}
