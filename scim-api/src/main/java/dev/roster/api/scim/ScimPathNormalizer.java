package dev.roster.api.scim;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Clients write SCIM paths in any case ({@code /scim/v2/users}); this rewrites the prefix and the
 * endpoint name to their canonical spelling before JAX-RS matches resources.
 */
@Provider
@PreMatching
public class ScimPathNormalizer implements ContainerRequestFilter {
  private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

  private static final List<String> ENDPOINTS =
      List.of(
          "Users",
          "Groups",
          "Me",
          "Schemas",
          "ResourceTypes",
          "ServiceProviderConfig",
          ".search",
          "Bulk");

  @Override
  public void filter(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    String base = request.getUriInfo().getBaseUri().getRawPath();
    String raw = uri.getRawPath();
    if (!raw.startsWith(base)) {
      return;
    }
    String path = raw.substring(base.length());
    String rewritten = canonicalPath(path);
    if (rewritten != null && !rewritten.equals(path)) {
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      request.setRequestUri(
          URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + base + rewritten + query));
    }
  }

  /**
   * The canonical spelling of a path below the application root ({@code scim/V2/users/1} becomes
   * {@code scim/v2/Users/1}), or null when it is not a SCIM path. Empty segments are dropped: a
   * client given the base URL with a trailing '/' sends {@code scim/v2//Users}.
   */
  static String canonicalPath(String path) {
    String collapsed = path.contains("//") ? REPEATED_SLASHES.matcher(path).replaceAll("/") : path;
    String[] parts = collapsed.split("/", 4);
    if (parts.length < 3
        || !parts[0].equalsIgnoreCase("scim")
        || !parts[1].equalsIgnoreCase("v2")) {
      return null;
    }
    String endpoint = canonical(parts[2]);
    String rewritten = "scim/v2/" + endpoint + (parts.length > 3 ? "/" + parts[3] : "");
    if (parts.length == 3 && collapsed.endsWith("/")) {
      rewritten += "/";
    }
    return rewritten;
  }

  private static String canonical(String endpoint) {
    for (String e : ENDPOINTS) {
      if (e.toLowerCase(Locale.ROOT).equals(endpoint.toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    return endpoint;
  }
}
