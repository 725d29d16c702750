package dev.roster.scim.filter;

/**
 * A parsed SCIM filter (RFC 7644 section 3.4.2.2): an immutable tree.
 *
 * <p>Use {@link #accept(FilterVisitor)} to translate a tree, for example to SQL.
 */
public sealed interface Filter permits Comparison, Present, And, Or, Not, ValuePathFilter {

  /** Calls the {@code visitor} method matching this node's type and returns its result. */
  <R> R accept(FilterVisitor<R> visitor);
}
