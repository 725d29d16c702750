package dev.roster.api.scim.error;

import dev.roster.domain.organization.LastActiveAdminException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A write that would leave the organization without an active Admin: 409 Conflict with no scimType,
 * since none of RFC 7644's fits (the value is not invalid nor the attribute immutable, and nothing
 * is duplicated); the detail says what to do instead.
 */
@Provider
public class LastActiveAdminExceptionMapper implements ExceptionMapper<LastActiveAdminException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(LastActiveAdminException e) {
    return ScimErrorMapping.respond(uri, 409, null, e.getMessage());
  }
}
