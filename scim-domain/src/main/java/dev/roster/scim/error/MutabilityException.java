package dev.roster.scim.error;

/** The request tries to change a read-only or immutable attribute. */
public class MutabilityException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public MutabilityException(String message) {
    super(message);
  }

  @Override
  public String scimType() {
    return "mutability";
  }
}
