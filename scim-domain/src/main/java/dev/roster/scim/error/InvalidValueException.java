package dev.roster.scim.error;

/** A value is missing, of the wrong type or not allowed. */
public class InvalidValueException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String message) {
    super(message);
  }

  @Override
  public String scimType() {
    return "invalidValue";
  }
}
