package dev.roster.api.common;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Framework errors (unknown path, wrong method, unreadable body) as clear JSON errors. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    String detail;
    String scimType = null;
    if (e instanceof NotFoundException) {
      detail =
          "No such resource: /" + (uriInfo == null ? "" : uriInfo.getPath().replaceAll("^/+", ""));
    } else if (e instanceof NotAllowedException) {
      detail = "This HTTP method is not supported here.";
    } else if (e instanceof NotSupportedException) {
      detail = "Send the body as application/json (or application/scim+json).";
    } else if (e instanceof NotAuthorizedException) {
      detail = "Authentication required.";
    } else if (e instanceof ForbiddenException) {
      detail = "You are not allowed to do this.";
    } else if (status == 400) {
      detail = "The request body is not valid JSON of the expected shape.";
      scimType = "invalidSyntax";
    } else {
      detail = "The request could not be processed.";
    }
    return ErrorResponses.of(uriInfo, status >= 500 ? 500 : status, scimType, detail);
  }
}
