package dev.roster.api.admin;

import dev.roster.api.admin.security.AdminRequestContext;
import dev.roster.application.admin.AuditQueryService;
import dev.roster.domain.common.ValidationException;
import dev.roster.json.Json;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** The organization's audit trail, newest first; page with {@code before}. */
@Path("api/admin/v1/audit-events")
@RolesAllowed("Admin")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {
  @Inject AuditQueryService audit;
  @Inject AdminRequestContext context;

  @GET
  public JsonArray list(
      @QueryParam("userId") String userId,
      @QueryParam("limit") @DefaultValue("100") int limit,
      @QueryParam("before") String before) {
    UUID user = null;
    if (userId != null && !userId.isBlank()) {
      try {
        user = UUID.fromString(userId.strip());
      } catch (IllegalArgumentException e) {
        throw new ValidationException("userId must be a user id (UUID).");
      }
    }
    Instant until = null;
    if (before != null && !before.isBlank()) {
      try {
        until = Instant.parse(before.strip());
      } catch (DateTimeParseException e) {
        throw new ValidationException("before must be an ISO-8601 instant.");
      }
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    audit
        .find(context.actor(), user, until, limit)
        .forEach(
            e ->
                array.add(
                    AdminJson.object(
                        "at", e.at(),
                        "actor", e.actor(),
                        "action", e.action(),
                        "targetType", e.targetType(),
                        "targetId", e.targetId(),
                        "outcome", e.outcome().name(),
                        "detail", e.detail(),
                        "requestId", e.requestId())));
    return array.build();
  }
}
