package dev.roster.scim.query;

import java.util.List;

/** One page of matches and the total number of matches. */
public record ResultPage<T>(List<T> items, long total) {
  public ResultPage {
    items = List.copyOf(items);
  }
}
