package dev.roster.scim.error;

/** A PATCH path or filter matched nothing that can be changed. */
public class NoTargetException extends ScimProtocolException {
  private static final long serialVersionUID = 1L;

  public NoTargetException(String message) {
    super(message);
  }

  @Override
  public String scimType() {
    return "noTarget";
  }
}
