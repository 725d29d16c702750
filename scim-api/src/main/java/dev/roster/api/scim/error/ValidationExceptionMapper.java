package dev.roster.api.scim.error;

import dev.roster.domain.common.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Input that breaks a domain rule: 400 invalidValue. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ValidationException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(ValidationException e) {
    return ScimErrorMapping.respond(uri, 400, "invalidValue", e.getMessage());
  }
}
