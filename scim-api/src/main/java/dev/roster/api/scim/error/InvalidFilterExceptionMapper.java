package dev.roster.api.scim.error;

import dev.roster.scim.filter.InvalidFilterException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A filter that does not parse or names an attribute that cannot be filtered: 400 invalidFilter.
 */
@Provider
public class InvalidFilterExceptionMapper implements ExceptionMapper<InvalidFilterException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(InvalidFilterException e) {
    return ScimErrorMapping.respond(uri, 400, "invalidFilter", e.getMessage());
  }
}
