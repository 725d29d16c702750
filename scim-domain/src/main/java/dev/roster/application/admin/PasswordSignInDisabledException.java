package dev.roster.application.admin;

import dev.roster.domain.common.DomainException;
import dev.roster.error.ErrorKind;

/** The organization has turned password sign-in off: its admins sign in through SSO. */
public class PasswordSignInDisabledException extends DomainException {
  public PasswordSignInDisabledException() {
    super(
        ErrorKind.FORBIDDEN,
        "This organization signs its admins in through single sign-on only: use Sign in with SSO."
            + " (An Admin can turn password sign-in back on in the SSO settings.)");
  }
}
