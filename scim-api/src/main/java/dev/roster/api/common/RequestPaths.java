package dev.roster.api.common;

/** Request paths as JAX-RS gives them, without a regex per request (filters run on every one). */
public final class RequestPaths {
  private RequestPaths() {}

  /** {@code //scim/v2/Users} as {@code scim/v2/Users}. */
  public static String withoutLeadingSlashes(String path) {
    int start = 0;
    while (start < path.length() && path.charAt(start) == '/') {
      start++;
    }
    return path.substring(start);
  }
}
