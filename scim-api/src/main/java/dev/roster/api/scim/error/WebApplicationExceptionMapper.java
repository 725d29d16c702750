package dev.roster.api.scim.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors JAX-RS raises itself (unknown endpoint, wrong method, unsupported media type) become SCIM
 * error bodies on /scim paths; elsewhere the response is left as JAX-RS built it.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    if (!ScimErrorMapping.isScim(uri)) {
      return e.getResponse();
    }
    int status = e.getResponse().getStatus();
    String detail =
        switch (status) {
          case 404 -> "No such SCIM endpoint or resource: /" + uri.getPath().replaceAll("^/+", "");
          case 405 -> "This SCIM endpoint does not support this HTTP method.";
          case 406 -> "Send 'Accept: application/scim+json' or 'application/json'.";
          case 415 -> "Send the body as 'application/scim+json' or 'application/json'.";
          default -> e.getMessage();
        };
    return ScimErrors.response(status, status == 400 ? "invalidSyntax" : null, detail);
  }
}
