package dev.roster.application.common;

/**
 * Bounds on the pages the admin screens ask for: a page number below 0 is the first page, a size is
 * between 1 and {@link #MAX_SIZE}, so that no caller can make one request read a whole table.
 */
public final class Paging {
  public static final int MAX_SIZE = 200;

  private Paging() {}

  public static int page(int page) {
    return Math.max(0, page);
  }

  public static int size(int size) {
    return Math.max(1, Math.min(MAX_SIZE, size));
  }
}
