package dev.roster.scim.error;

/**
 * A bulk request beyond the advertised limits: more operations than {@code maxOperations} ({@code
 * tooMany}) or a body larger than {@code maxPayloadSize} ({@code tooLarge}).
 */
public class BulkLimitException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;
  private final String scimType;

  private BulkLimitException(String scimType, String message) {
    super(message);
    this.scimType = scimType;
  }

  public static BulkLimitException tooMany(int max) {
    return new BulkLimitException(
        "tooMany", "A bulk request may hold at most " + max + " operations.");
  }

  public static BulkLimitException tooLarge(int maxBytes) {
    return new BulkLimitException(
        "tooLarge", "A bulk request may be at most " + maxBytes + " bytes.");
  }

  @Override
  public String scimType() {
    return scimType;
  }
}
