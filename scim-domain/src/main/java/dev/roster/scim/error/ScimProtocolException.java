package dev.roster.scim.error;

import dev.roster.error.ErrorKind;
import dev.roster.error.RosterException;

/**
 * A request that breaks the SCIM protocol (RFC 7644 §3.12). The kind says which error it is; the
 * API module maps it to the HTTP status and {@code scimType}. Nothing has been changed when one is
 * thrown.
 */
public abstract class ScimProtocolException extends RosterException {
  private static final long serialVersionUID = 1L;

  protected ScimProtocolException(ErrorKind kind, String message) {
    super(kind, message);
  }
}
