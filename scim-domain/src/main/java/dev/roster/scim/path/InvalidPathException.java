package dev.roster.scim.path;

import dev.roster.error.ErrorKind;
import dev.roster.scim.error.ScimProtocolException;

/**
 * A PATCH path that cannot be parsed, or that parses but names no attribute (or a bulk operation's
 * path that names no endpoint): the SCIM {@code invalidPath} error. A parse error's message says
 * what is wrong and where, for example {@code Unexpected ']' at position 6 (expected 'not', '(' or
 * an attribute name) in path: emails[]}.
 */
public class InvalidPathException extends ScimProtocolException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final int position;

  /**
   * @param message what is wrong and where
   * @param path the rejected path, may be null
   * @param position zero-based offset of the problem in {@code path}, or -1 for the whole path
   */
  public InvalidPathException(String message, String path, int position) {
    super(ErrorKind.INVALID_PATH, message);
    this.path = path;
    this.position = position;
  }

  /** A path that parses but names nothing that exists; {@code message} says what. */
  public InvalidPathException(String message) {
    this(message, null, -1);
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
