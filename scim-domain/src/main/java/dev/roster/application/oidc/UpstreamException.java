package dev.roster.application.oidc;

/** The organization's IdP could not be reached, refused, or answered something unverifiable. */
public class UpstreamException extends Exception {
  private static final long serialVersionUID = 1L;

  public UpstreamException(String message) {
    super(message);
  }
}
