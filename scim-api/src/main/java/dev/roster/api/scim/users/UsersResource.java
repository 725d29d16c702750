package dev.roster.api.scim.users;

import dev.roster.api.scim.ListParameters;
import dev.roster.api.scim.ScimMediaType;
import dev.roster.api.scim.ScimResponses;
import dev.roster.api.scim.SearchBodies;
import dev.roster.api.scim.auth.ScimRequestContext;
import dev.roster.application.common.RosterConfig;
import dev.roster.application.scim.ScimUserService;
import dev.roster.scim.model.AttributeSelection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** RFC 7644 /Users of the token's organization. */
@ApplicationScoped
@Path("scim/v2/Users")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
public class UsersResource {
  @Inject ScimUserService users;
  @Inject ScimRequestContext context;
  @Inject RosterConfig config;

  @POST
  public Response create(String body) {
    return ScimResponses.created(users.create(context.actor(), body, base()));
  }

  @GET
  public Response list(@Context UriInfo uri) {
    ListParameters p = ListParameters.fromQuery(uri.getQueryParameters());
    return Response.ok(users.list(context.actor(), p.query(), p.selection(), base()).toJson())
        .build();
  }

  @POST
  @Path(".search")
  public Response search(String body) {
    ListParameters p = ListParameters.fromSearchRequest(SearchBodies.parse(body));
    return Response.ok(users.list(context.actor(), p.query(), p.selection(), base()).toJson())
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(
      @PathParam("id") String id,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excluded,
      @HeaderParam("If-None-Match") String ifNoneMatch) {
    return ScimResponses.okUnlessUnchanged(
        users.get(context.actor(), id, AttributeSelection.of(attributes, excluded), base()),
        ifNoneMatch);
  }

  @PUT
  @Path("{id}")
  public Response replace(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
    return ScimResponses.ok(users.replace(context.actor(), id, body, ifMatch, base()));
  }

  @PATCH
  @Path("{id}")
  public Response patch(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
    return ScimResponses.ok(users.patch(context.actor(), id, body, ifMatch, base()));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    users.delete(context.actor(), id, ifMatch);
    return Response.noContent().build();
  }

  private String base() {
    return config.scimBaseUrl();
  }
}
