package dev.roster.api.platform;

import dev.roster.api.common.ErrorResponses;
import dev.roster.api.common.RequestPaths;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Authorises the platform webhooks API by ROSTER_PLATFORM_KEY, as {@link
 * PlatformOrganizationsResource} does for organizations: 404 while the key is unset, 401 without
 * it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class PlatformKeyFilter implements ContainerRequestFilter {
  private static final String GUARDED = "api/platform/v1/webhooks";

  @Inject
  @ConfigProperty(name = "roster.platform.key")
  Optional<String> platformKey;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = RequestPaths.withoutLeadingSlashes(request.getUriInfo().getPath());
    if (!path.startsWith(GUARDED)) {
      return;
    }
    Optional<String> key = platformKey.filter(k -> !k.isBlank());
    if (key.isEmpty()) {
      request.abortWith(
          ErrorResponses.admin(
              404, "The platform API is disabled (ROSTER_PLATFORM_KEY is not set).", null));
    } else if (!authorized(request.getHeaderString(HttpHeaders.AUTHORIZATION), key.get())) {
      request.abortWith(
          Response.fromResponse(
                  ErrorResponses.admin(
                      401, "Send 'Authorization: Bearer <ROSTER_PLATFORM_KEY>'.", null))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Roster platform\"")
              .build());
    }
  }

  /** Whether {@code header} is {@code Bearer <key>}, compared in constant time. */
  static boolean authorized(String header, String key) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(
        header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
        key.getBytes(StandardCharsets.UTF_8));
  }
}
