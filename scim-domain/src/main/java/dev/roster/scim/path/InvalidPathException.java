package dev.roster.scim.path;

/**
 * A PATCH path that cannot be parsed. The message says what is wrong and where, for example {@code
 * Unexpected ']' at position 6 (expected 'not', '(' or an attribute name) in path: emails[]}; it is
 * meant for the SCIM {@code invalidPath} error response.
 */
public class InvalidPathException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final int position;

  /**
   * @param message what is wrong and where
   * @param path the rejected path, may be null
   * @param position zero-based offset of the problem in {@code path}, or -1 for the whole path
   */
  public InvalidPathException(String message, String path, int position) {
    super(message);
    this.path = path;
    this.position = position;
  }

  /** The rejected path, as received; may be null. */
  public String path() {
    return path;
  }

  /** Zero-based offset of the problem, or -1 if it concerns the whole path (empty, too long). */
  public int position() {
    return position;
  }
}
