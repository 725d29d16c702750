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
 * Every platform API request carries ROSTER_PLATFORM_KEY ({@link PlatformKey}), or goes no further.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class PlatformAuthenticationFilter implements ContainerRequestFilter {
  private static final String PLATFORM_PREFIX = "api/platform/";

  @Inject PlatformKey platformKey;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = RequestPaths.withoutLeadingSlashes(request.getUriInfo().getPath());
    if (path.startsWith(PLATFORM_PREFIX)) {
      platformKey
          .refusal(request.getHeaderString(HttpHeaders.AUTHORIZATION))
          .ifPresent(request::abortWith);
    }
  }
}
