package dev.roster.scim.error;

/** The request would return or touch more resources than allowed. */
public class TooManyException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public TooManyException(String message) {
    super(message);
  }

  @Override
  public String scimType() {
    return "tooMany";
  }
}
