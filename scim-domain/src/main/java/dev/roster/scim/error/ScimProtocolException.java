package dev.roster.scim.error;

/**
 * A request that breaks the SCIM protocol (RFC 7644 §3.12). Subclasses name the {@code scimType};
 * the boundary chooses the HTTP status. Nothing has been changed when one is thrown.
 */
public abstract class ScimProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected ScimProtocolException(String message) {
    super(message);
  }

  /** The RFC 7644 {@code scimType}, or null when none fits. */
  public abstract String scimType();
}
