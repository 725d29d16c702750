package dev.roster.scim.query;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.Filter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A list request (RFC 7644 §3.4.2): optional filter and sort, 1-based {@code startIndex}, and
 * {@code count} already clamped to the maximum page size (0 means only count the matches).
 *
 * <p>{@code cursor} is null for index paging; for cursor paging (RFC 9865) it is empty on the first
 * page and a {@link Cursor} value after that, and {@code startIndex} is unused.
 */
public record ResourceQuery(
    Filter filter,
    AttributePath sortBy,
    boolean descending,
    int startIndex,
    int count,
    String cursor) {
  public static final int MAX_COUNT = 1000;

  public ResourceQuery {
    startIndex = Math.max(1, startIndex);
    count = Math.max(0, Math.min(MAX_COUNT, count));
  }

  /** An index-paged query. */
  public ResourceQuery(
      Filter filter, AttributePath sortBy, boolean descending, int startIndex, int count) {
    this(filter, sortBy, descending, startIndex, count, null);
  }

  public boolean cursorPaged() {
    return cursor != null;
  }

  /**
   * What a cursor of this query is bound to: the resource type, the filter and the sort. Only the
   * first bytes of a SHA-256 are kept; they detect mistakes (a cursor reused with another filter),
   * they are not a secret.
   */
  public byte[] fingerprint(String resourceType) {
    String text =
        resourceType
            + '\n'
            + filter
            + '\n'
            + (sortBy == null ? "" : sortBy.fullName().toLowerCase(Locale.ROOT))
            + '\n'
            + (descending ? "descending" : "ascending");
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(hash, Cursor.FINGERPRINT_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
