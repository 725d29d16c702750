package dev.roster.api.oidc;

import dev.roster.application.oidc.AuthorizeOutcome;
import dev.roster.application.oidc.AuthorizeRequest;
import dev.roster.application.oidc.SignInService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The browser's side of a sign-in: Roster's authorization endpoint and the IdP's callback. */
@Path("oidc")
public class OidcAuthorizeResource {
  @Inject SignInService signIn;

  @GET
  @Path("authorize")
  public Response authorize(@Context UriInfo uri) {
    MultivaluedMap<String, String> q = uri.getQueryParameters();
    AuthorizeOutcome outcome =
        signIn.authorize(
            new AuthorizeRequest(
                q.getFirst("client_id"),
                q.getFirst("redirect_uri"),
                q.getFirst("response_type"),
                q.getFirst("scope"),
                q.getFirst("state"),
                q.getFirst("nonce"),
                q.getFirst("code_challenge"),
                q.getFirst("code_challenge_method"),
                q.getFirst("organization")));
    if (outcome instanceof AuthorizeOutcome.AskOrganization ask) {
      return OidcPages.askOrganization(q, ask.message());
    }
    return render(outcome);
  }

  @GET
  @Path("callback")
  public Response callback(
      @QueryParam("state") String state,
      @QueryParam("code") String code,
      @QueryParam("error") String error) {
    return render(signIn.callback(state, code, error));
  }

  private static Response render(AuthorizeOutcome outcome) {
    if (outcome instanceof AuthorizeOutcome.Redirect redirect) {
      return Response.status(302)
          .location(redirect.location())
          .header("Cache-Control", "no-store")
          .build();
    }
    if (outcome instanceof AuthorizeOutcome.BadRequest bad) {
      return OidcPages.error(bad.message());
    }
    throw new IllegalStateException("Unexpected outcome " + outcome);
  }
}
