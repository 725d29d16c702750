package dev.roster.domain.sso;

import dev.roster.domain.common.DomainException;
import dev.roster.error.ErrorKind;

/** The IdP's discovery document or keys could not be verified; says what failed. */
public class SsoActivationException extends DomainException {
  public SsoActivationException(String message) {
    super(ErrorKind.VERIFICATION_FAILED, message);
  }
}
