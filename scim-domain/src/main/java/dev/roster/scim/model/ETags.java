package dev.roster.scim.model;

/** Weak entity tags from a resource version: {@code W/"3"} (RFC 7644 §3.14). */
public final class ETags {
  private ETags() {}

  public static String of(long version) {
    return "W/\"" + version + "\"";
  }

  /** Whether an If-Match / If-None-Match header names this version (see below). */
  public static boolean matches(String header, long version) {
    return matches(header, of(version));
  }

  /**
   * Whether an If-Match / If-None-Match header names {@code etag}: {@code *}, or one of a
   * comma-separated list of tags, weak or strong (the weak comparison of RFC 9110 §8.8.3.2). A null
   * header names nothing.
   */
  public static boolean matches(String header, String etag) {
    if (header == null || etag == null) {
      return false;
    }
    String opaque = opaque(etag);
    for (String tag : header.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || opaque(t).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
