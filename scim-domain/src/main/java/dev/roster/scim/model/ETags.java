package dev.roster.scim.model;

/** Weak entity tags from a resource version: {@code W/"3"} (RFC 7644 §3.14). */
public final class ETags {
  private ETags() {}

  public static String of(long version) {
    return "W/\"" + version + "\"";
  }

  /**
   * Whether an If-Match / If-None-Match header names this version: {@code *}, or one of a
   * comma-separated list of tags, weak or strong.
   */
  public static boolean matches(String header, long version) {
    if (header == null) {
      return false;
    }
    for (String tag : header.split(",")) {
      String t = tag.strip();
      if (t.equals("*")) {
        return true;
      }
      if (t.startsWith("W/")) {
        t = t.substring(2);
      }
      if (t.equals("\"" + version + "\"")) {
        return true;
      }
    }
    return false;
  }
}
