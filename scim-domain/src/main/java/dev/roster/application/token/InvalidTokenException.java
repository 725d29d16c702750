package dev.roster.application.token;

import dev.roster.domain.common.DomainException;
import dev.roster.error.ErrorKind;

/** No valid SCIM token was presented: missing, unknown, expired or revoked. */
public class InvalidTokenException extends DomainException {
  public InvalidTokenException(String message) {
    super(ErrorKind.UNAUTHENTICATED, message);
  }
}
