package dev.roster.api.scim.error;

import dev.roster.domain.common.ConflictException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A clash with existing state: 409. */
@Provider
public class ConflictExceptionMapper implements ExceptionMapper<ConflictException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(ConflictException e) {
    return ScimErrorMapping.respond(uri, 409, "uniqueness", e.getMessage());
  }
}
