package dev.roster.api.scim.bulk;

import dev.roster.api.scim.ScimMediaType;
import dev.roster.api.scim.auth.ScimRequestContext;
import dev.roster.application.common.RosterConfig;
import dev.roster.application.scim.bulk.ScimBulkService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;

/** RFC 7644 §3.7 bulk operations on the token's organization's /Users and /Groups. */
@ApplicationScoped
@Path("scim/v2/Bulk")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
public class BulkResource {
  @Inject ScimBulkService bulk;
  @Inject ScimRequestContext context;
  @Inject RosterConfig config;
  @Context Providers providers;

  @POST
  public Response execute(String body) {
    var outcomes = bulk.execute(context.actor(), body, config.scimBaseUrl());
    return Response.ok(new BulkResponseBody(providers).render(outcomes)).build();
  }
}
