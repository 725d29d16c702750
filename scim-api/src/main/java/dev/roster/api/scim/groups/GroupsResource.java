package dev.roster.api.scim.groups;

import dev.roster.api.scim.ListParameters;
import dev.roster.api.scim.ScimMediaType;
import dev.roster.api.scim.ScimResponses;
import dev.roster.api.scim.SearchBodies;
import dev.roster.api.scim.auth.ScimRequestContext;
import dev.roster.application.common.RosterConfig;
import dev.roster.application.scim.ScimGroupService;
import dev.roster.application.scim.ScimResource;
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

/**
 * RFC 7644 /Groups of the token's organization. PATCH answers 204 (RFC 7644 §3.5.2) with the new
 * ETag; members are users only, nested groups are not supported.
 */
@ApplicationScoped
@Path("scim/v2/Groups")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
public class GroupsResource {
  @Inject ScimGroupService groups;
  @Inject ScimRequestContext context;
  @Inject RosterConfig config;

  @POST
  public Response create(String body) {
    return ScimResponses.created(groups.create(context.actor(), body, base()));
  }

  @GET
  public Response list(@Context UriInfo uri) {
    ListParameters p = ListParameters.fromQuery(uri.getQueryParameters());
    return Response.ok(groups.list(context.caller(), p.query(), p.selection(), base()).toJson())
        .build();
  }

  @POST
  @Path(".search")
  public Response search(String body) {
    ListParameters p = ListParameters.fromSearchRequest(SearchBodies.parse(body));
    return Response.ok(groups.list(context.caller(), p.query(), p.selection(), base()).toJson())
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
        groups.get(context.caller(), id, AttributeSelection.of(attributes, excluded), base()),
        ifNoneMatch);
  }

  @PUT
  @Path("{id}")
  public Response replace(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
    return ScimResponses.ok(groups.replace(context.actor(), id, body, ifMatch, base()));
  }

  @PATCH
  @Path("{id}")
  public Response patch(
      @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
    ScimResource r = groups.patch(context.actor(), id, body, ifMatch, base());
    return Response.noContent().header("ETag", r.etag()).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    groups.delete(context.actor(), id, ifMatch);
    return Response.noContent().build();
  }

  private String base() {
    return config.scimBaseUrl();
  }
}
