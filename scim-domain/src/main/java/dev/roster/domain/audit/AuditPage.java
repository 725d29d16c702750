package dev.roster.domain.audit;

import java.util.List;

/**
 * One page of audit events, newest first, and how many events match the filter. The total is
 * counted up to {@link #COUNT_LIMIT}: past it, {@code total} is {@code COUNT_LIMIT + 1} and {@link
 * #totalIsLowerBound()} is true (show "more than 10,000"; narrow by date or action to go further).
 * An exact count of an organization's whole trail would read millions of index entries on every
 * page; this bounds the work of the count and of the deepest page offered.
 */
public record AuditPage(List<AuditEvent> items, long total) {
  public static final int COUNT_LIMIT = 10_000;

  public AuditPage {
    items = List.copyOf(items);
  }

  /** Whether more events match than were counted. */
  public boolean totalIsLowerBound() {
    return total > COUNT_LIMIT;
  }
}
