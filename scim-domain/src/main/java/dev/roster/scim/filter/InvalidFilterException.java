package dev.roster.scim.filter;

import dev.roster.error.ErrorKind;
import dev.roster.scim.error.ScimProtocolException;

/**
 * A filter that cannot be parsed. The message says what is wrong and where, for example {@code
 * Unexpected 'xx' at position 13 (expected 'and', 'or' or end of input) in filter: title eq "x"
 * xx}; it is meant for the SCIM {@code invalidFilter} error response.
 */
public class InvalidFilterException extends ScimProtocolException {

  private static final long serialVersionUID = 1L;

  private final String filter;
  private final int position;

  /**
   * @param message what is wrong and where
   * @param filter the rejected filter, may be null
   * @param position zero-based offset of the problem in {@code filter}, or -1 for the whole filter
   */
  public InvalidFilterException(String message, String filter, int position) {
    super(ErrorKind.INVALID_FILTER, message);
    this.filter = filter;
    this.position = position;
  }

  /** The rejected filter, as received; may be null. */
  public String filter() {
    return filter;
  }

  /** Zero-based offset of the problem, or -1 if it concerns the whole filter (empty, too long). */
  public int position() {
    return position;
  }
}
