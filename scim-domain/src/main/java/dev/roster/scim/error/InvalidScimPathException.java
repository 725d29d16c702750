package dev.roster.scim.error;

/** A PATCH path names an attribute that does not exist. */
public class InvalidScimPathException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public InvalidScimPathException(String message) {
    super(message);
  }

  @Override
  public String scimType() {
    return "invalidPath";
  }
}
