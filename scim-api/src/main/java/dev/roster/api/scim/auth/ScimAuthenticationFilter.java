package dev.roster.api.scim.auth;

import dev.roster.api.common.RequestPaths;
import dev.roster.api.scim.error.ScimErrors;
import dev.roster.application.metrics.RosterMetrics;
import dev.roster.application.overload.ScimAdmission;
import dev.roster.application.token.ScimAuthenticator;
import dev.roster.application.token.ScimCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * Authenticates every SCIM request with an organization's bearer token. The discovery documents
 * (ServiceProviderConfig, ResourceTypes, Schemas) are public, as RFC 7644 §4 allows. An
 * authenticated request then takes one from its token's rate ({@link ScimAdmission#checkRate}). It
 * runs before resource matching, so that an unauthenticated caller learns nothing about paths.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ScimAuthenticationFilter implements ContainerRequestFilter {
  private static final String SCIM_PREFIX = "scim/v2";
  private static final Set<String> PUBLIC =
      Set.of("serviceproviderconfig", "resourcetypes", "schemas");

  @Inject ScimAuthenticator authenticator;
  @Inject ScimRequestContext context;
  @Inject RosterMetrics metrics;
  @Inject ScimAdmission admission;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = RequestPaths.withoutLeadingSlashes(request.getUriInfo().getPath());
    if (!path.regionMatches(true, 0, SCIM_PREFIX, 0, SCIM_PREFIX.length())) {
      return;
    }
    String rest = RequestPaths.withoutLeadingSlashes(path.substring(SCIM_PREFIX.length()));
    String first = rest.split("/", 2)[0].toLowerCase(Locale.ROOT);
    if (PUBLIC.contains(first)) {
      return;
    }
    if (request.getUriInfo().getQueryParameters().containsKey("access_token")) {
      metrics.tokenRejected("in_url");
      request.abortWith(
          ScimErrors.response(
              401, null, "Send the SCIM token in the Authorization header, never in the URL."));
      return;
    }
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      metrics.tokenRejected("missing");
      request.abortWith(
          ScimErrors.response(
              401, null, "Authentication required: send 'Authorization: Bearer <SCIM token>'."));
      return;
    }
    ScimCaller caller = authenticator.authenticate(header.substring(7).strip());
    context.authenticated(caller);
    // The token's rate, once the token is known; a refusal reaches the exception mapper.
    admission.checkRate(caller.tokenId());
  }
}
