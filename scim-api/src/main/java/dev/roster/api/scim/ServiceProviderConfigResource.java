package dev.roster.api.scim;

import dev.roster.application.scim.bulk.BulkLimits;
import dev.roster.json.Json;
import dev.roster.scim.query.ResourceQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** RFC 7643 §5: what this service provider supports. Public, as discovery documents are. */
@ApplicationScoped
@Path("scim/v2/ServiceProviderConfig")
public class ServiceProviderConfigResource {

  @GET
  @Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
  public JsonObject get() {
    return Json.createObjectBuilder()
        .add(
            "schemas",
            Json.createArrayBuilder()
                .add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"))
        .add("documentationUri", "https://github.com/roster/roster#readme")
        .add("patch", Json.createObjectBuilder().add("supported", true))
        .add(
            "bulk",
            Json.createObjectBuilder()
                .add("supported", true)
                .add("maxOperations", BulkLimits.MAX_OPERATIONS)
                .add("maxPayloadSize", BulkLimits.MAX_PAYLOAD_BYTES))
        .add(
            "filter",
            Json.createObjectBuilder()
                .add("supported", true)
                .add("maxResults", ResourceQuery.MAX_COUNT))
        .add("changePassword", Json.createObjectBuilder().add("supported", false))
        .add("sort", Json.createObjectBuilder().add("supported", true))
        .add("etag", Json.createObjectBuilder().add("supported", true))
        // RFC 9865 §4; cursors hold positions, not server state, so they do not expire.
        .add(
            "pagination",
            Json.createObjectBuilder()
                .add("cursor", true)
                .add("index", true)
                .add("defaultPaginationMethod", "index")
                .add("defaultPageSize", ListParameters.DEFAULT_COUNT)
                .add("maxPageSize", ResourceQuery.MAX_COUNT))
        .add(
            "authenticationSchemes",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("type", "oauthbearertoken")
                        .add("name", "OAuth Bearer Token")
                        .add(
                            "description",
                            "A SCIM token created in the Roster admin console, sent as"
                                + " 'Authorization: Bearer <token>'.")
                        .add("primary", true)))
        .add(
            "meta",
            Json.createObjectBuilder()
                .add("resourceType", "ServiceProviderConfig")
                .add("location", "/scim/v2/ServiceProviderConfig"))
        .build();
  }
}
