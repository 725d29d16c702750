package dev.roster.scim.error;

import dev.roster.error.ErrorKind;

/**
 * A bulk request beyond the advertised limits: more operations than {@code maxOperations} or a body
 * larger than {@code maxPayloadSize}.
 */
public class BulkLimitException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  private BulkLimitException(ErrorKind kind, String message) {
    super(kind, message);
  }

  public static BulkLimitException tooMany(int max) {
    return new BulkLimitException(
        ErrorKind.TOO_MANY_OPERATIONS, "A bulk request may hold at most " + max + " operations.");
  }

  public static BulkLimitException tooLarge(int maxBytes) {
    return new BulkLimitException(
        ErrorKind.TOO_LARGE, "A bulk request may be at most " + maxBytes + " bytes.");
  }
}
