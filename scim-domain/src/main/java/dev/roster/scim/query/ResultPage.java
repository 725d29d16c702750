package dev.roster.scim.query;

import java.util.List;
import java.util.function.Function;

/**
 * One page of matches and the total number of matches; for cursor paging also the cursors of the
 * next and the previous page (null when there is none).
 */
public record ResultPage<T>(List<T> items, long total, String nextCursor, String previousCursor) {
  public ResultPage {
    items = List.copyOf(items);
  }

  /** An index-paged page. */
  public ResultPage(List<T> items, long total) {
    this(items, total, null, null);
  }

  public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
    return new ResultPage<>(
        items.stream().<R>map(mapper).toList(), total, nextCursor, previousCursor);
  }
}
