package dev.roster.api.scim.error;

import dev.roster.application.token.InvalidTokenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class InvalidTokenExceptionMapper implements ExceptionMapper<InvalidTokenException> {
  @Override
  public Response toResponse(InvalidTokenException e) {
    return ScimErrors.response(401, null, e.getMessage());
  }
}
