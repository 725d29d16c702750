package dev.roster.api.scim.error;

import dev.roster.application.scim.GroupSyncDisabledException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Group sync is off for the organization: /Groups answers 403. */
@Provider
public class GroupSyncDisabledExceptionMapper
    implements ExceptionMapper<GroupSyncDisabledException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(GroupSyncDisabledException e) {
    return ScimErrorMapping.respond(uri, 403, null, e.getMessage());
  }
}
