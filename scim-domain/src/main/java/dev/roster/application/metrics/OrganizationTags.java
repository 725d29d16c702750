package dev.roster.application.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which organizations get series of their own in the per-organization metrics: the first {@code
 * limit} seen since the server started keep their slug as the tag, every later one shares {@link
 * #OTHER}. A monitoring system pays for every distinct tag value, so this keeps the series bounded
 * by the configured limit however many organizations a deployment serves.
 */
public final class OrganizationTags {
  /**
   * The tag of the organizations past the limit. A slug never starts with '_', so no organization
   * can be mistaken for the overflow.
   */
  public static final String OTHER = "_other";

  /** The tag of requests that belong to no organization (unauthenticated, discovery). */
  public static final String NONE = "_none";

  private final int limit;
  private final Set<String> admitted = ConcurrentHashMap.newKeySet();

  public OrganizationTags(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("The organization limit must be 0 or more: " + limit);
    }
    this.limit = limit;
  }

  /** The tag for this organization's slug (null: no organization). */
  public String tag(String slug) {
    if (slug == null) {
      return NONE;
    }
    if (admitted.contains(slug)) {
      return slug;
    }
    synchronized (admitted) {
      if (admitted.contains(slug) || admitted.size() < limit) {
        admitted.add(slug);
        return slug;
      }
    }
    return OTHER;
  }
}
