package dev.roster.api.admin;

import dev.roster.api.admin.security.AdminRequestContext;
import dev.roster.api.events.EventPages;
import dev.roster.application.event.EventQueryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The organization's change events, oldest first; read on with the answer's {@code after}. */
@Path("api/admin/v1/events")
@RolesAllowed("Admin")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {
  @Inject EventQueryService events;
  @Inject AdminRequestContext context;

  @GET
  public JsonObject list(
      @QueryParam("types") String types,
      @QueryParam("after") String after,
      @QueryParam("limit") String limit) {
    return EventPages.json(events.forAdmin(context.actor(), types, after, limit));
  }
}
