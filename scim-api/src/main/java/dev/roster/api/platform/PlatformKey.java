package dev.roster.api.platform;

import dev.roster.api.common.ErrorResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform API's one credential, ROSTER_PLATFORM_KEY: with it unset the API does not exist
 * (404); a request without it gets 401.
 */
@ApplicationScoped
public class PlatformKey {
  @Inject
  @ConfigProperty(name = "roster.platform.key")
  Optional<String> platformKey;

  /** The response refusing the request, or empty when its Authorization header has the key. */
  public Optional<Response> refusal(String authorization) {
    Optional<String> key = platformKey.filter(k -> !k.isBlank());
    if (key.isEmpty()) {
      return Optional.of(
          ErrorResponses.admin(
              404, "The platform API is disabled (ROSTER_PLATFORM_KEY is not set).", null));
    }
    if (!authorized(authorization, key.get())) {
      return Optional.of(
          Response.fromResponse(
                  ErrorResponses.admin(
                      401, "Send 'Authorization: Bearer <ROSTER_PLATFORM_KEY>'.", null))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Roster platform\"")
              .build());
    }
    return Optional.empty();
  }

  private static boolean authorized(String header, String key) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    return MessageDigest.isEqual(
        header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
        key.getBytes(StandardCharsets.UTF_8));
  }
}
