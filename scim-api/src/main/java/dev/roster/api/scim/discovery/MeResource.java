package dev.roster.api.scim.discovery;

import dev.roster.api.scim.error.ScimErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** RFC 7644 §3.11 /Me: a SCIM token is not a user, so there is no "me" (501). */
@ApplicationScoped
@Path("scim/v2/Me")
public class MeResource {
  private static Response notImplemented() {
    return ScimErrors.response(
        501, null, "/Me is not supported: SCIM tokens act for an organization, not a user.");
  }

  @GET
  public Response get() {
    return notImplemented();
  }

  @POST
  public Response post() {
    return notImplemented();
  }

  @PUT
  public Response put() {
    return notImplemented();
  }

  @PATCH
  public Response patch() {
    return notImplemented();
  }

  @DELETE
  public Response delete() {
    return notImplemented();
  }
}
