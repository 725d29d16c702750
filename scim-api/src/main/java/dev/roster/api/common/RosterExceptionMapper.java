package dev.roster.api.common;

import dev.roster.error.RosterException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The one mapper of every error Roster reports (SCIM protocol errors and domain rule violations
 * alike): its kind gives the status and {@code scimType} ({@link ErrorStatus}), the API called the
 * dialect ({@link ErrorResponses}). Bulk finds this mapper for each failed operation, so an
 * operation fails in a bulk request exactly as alone.
 */
@Provider
public class RosterExceptionMapper implements ExceptionMapper<RosterException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(RosterException e) {
    return ErrorResponses.of(uriInfo, e);
  }
}
