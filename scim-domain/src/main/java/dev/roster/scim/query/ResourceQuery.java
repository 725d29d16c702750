package dev.roster.scim.query;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.Filter;

/**
 * A list request (RFC 7644 §3.4.2): optional filter and sort, 1-based {@code startIndex}, and
 * {@code count} already clamped to the maximum page size (0 means only count the matches).
 */
public record ResourceQuery(
    Filter filter, AttributePath sortBy, boolean descending, int startIndex, int count) {
  public static final int MAX_COUNT = 1000;

  public ResourceQuery {
    startIndex = Math.max(1, startIndex);
    count = Math.max(0, Math.min(MAX_COUNT, count));
  }
}
