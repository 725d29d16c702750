package dev.roster.api.scim.error;

import dev.roster.scim.error.BulkLimitException;
import dev.roster.scim.error.PreconditionFailedException;
import dev.roster.scim.error.ScimProtocolException;
import dev.roster.scim.error.UniquenessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** SCIM protocol errors: 409 for uniqueness, 412 for a failed If-Match, 400 otherwise. */
@Provider
public class ScimProtocolExceptionMapper implements ExceptionMapper<ScimProtocolException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(ScimProtocolException e) {
    return ScimErrorMapping.respond(uri, status(e), e.scimType(), e.getMessage());
  }

  private static int status(ScimProtocolException e) {
    if (e instanceof UniquenessException) {
      return 409;
    }
    if (e instanceof BulkLimitException) {
      return 413;
    }
    return e instanceof PreconditionFailedException ? 412 : 400;
  }
}
