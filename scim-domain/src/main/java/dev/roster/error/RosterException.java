package dev.roster.error;

import java.util.Objects;

/**
 * Root of every error Roster reports to a caller: a broken SCIM request ({@code
 * dev.roster.scim.error.ScimProtocolException}) or a broken product rule ({@code
 * dev.roster.domain.common.DomainException}). Carries what went wrong as a {@link ErrorKind} and a
 * message meant for the caller; nothing has been changed when one reaches the boundary. Anything
 * else that escapes is unexpected and answered as a logged 500.
 */
public abstract class RosterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  protected RosterException(ErrorKind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public final ErrorKind kind() {
    return kind;
  }
}
