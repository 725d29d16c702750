package dev.roster.api.common;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The last resort: anything no closer mapper handles becomes a 500 in the dialect of the API called
 * (a SCIM error under /scim), logged once with a correlation id, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    return ServerErrors.answer(uriInfo, e);
  }
}
