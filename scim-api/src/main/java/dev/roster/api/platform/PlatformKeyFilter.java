package dev.roster.api.platform;

import dev.roster.api.common.RequestPaths;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Authorises the platform webhooks API by {@link PlatformKey} before any of its resource methods
 * (they are shared with the admin API, so they cannot take the header themselves).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class PlatformKeyFilter implements ContainerRequestFilter {
  private static final String GUARDED = "api/platform/v1/webhooks";

  @Inject PlatformKey key;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = RequestPaths.withoutLeadingSlashes(request.getUriInfo().getPath());
    if (path.startsWith(GUARDED)) {
      key.refusal(request.getHeaderString(HttpHeaders.AUTHORIZATION)).ifPresent(request::abortWith);
    }
  }
}
