package dev.roster.api.scim.error;

import dev.roster.domain.common.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Nothing with that id in the caller's organization: 404. */
@Provider
public class NotFoundExceptionMapper implements ExceptionMapper<NotFoundException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(NotFoundException e) {
    return ScimErrorMapping.respond(uri, 404, null, e.getMessage());
  }
}
