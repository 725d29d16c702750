package dev.roster.api.scim.error;

import dev.roster.scim.path.InvalidPathException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A PATCH path that does not parse: 400 invalidPath. */
@Provider
public class InvalidPathExceptionMapper implements ExceptionMapper<InvalidPathException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(InvalidPathException e) {
    return ScimErrorMapping.respond(uri, 400, "invalidPath", e.getMessage());
  }
}
