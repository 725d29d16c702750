package dev.roster.api.platform;

import dev.roster.api.events.EventPages;
import dev.roster.application.event.EventQueryService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Change events for the host product: one organization's ({@code organization}, a slug) or all,
 * oldest first; read on with the answer's {@code after}. The platform key is checked by {@link
 * PlatformAuthenticationFilter}.
 */
@Path("api/platform/v1/events")
public class PlatformEventsResource {
  @Inject EventQueryService events;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list(
      @QueryParam("organization") String organization,
      @QueryParam("types") String types,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    return Response.ok(
            EventPages.json(events.forPlatform(organization, types, after, limit)),
            MediaType.APPLICATION_JSON_TYPE)
        .build();
  }
}
