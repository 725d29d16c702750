package dev.roster.api.common;

import dev.roster.error.ErrorKind;
import dev.roster.error.RosterException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the catch-all mappers share. A failure nobody anticipated is logged once, with its stack
 * trace and a correlation id, and answered with only that id: the caller never sees a stack trace
 * or an exception class. Two failures are not unexpected: a Roster error that a container wrapped
 * (an EJB that threw a SCIM protocol error) is answered as itself, and a value the database refuses
 * (too long, a NUL character) is the 400 invalidValue the input deserves. A unique violation is not
 * handled here: the repository that writes the unique value turns it into its 409 ({@code
 * UniqueViolation} in the persistence module), so one reaching this class was not expected.
 */
public final class ServerErrors {
  private static final Logger LOG = Logger.getLogger(ServerErrors.class.getName());

  /** SQLState class 22, data exception: a value too long, a character the database refuses. */
  private static final String DATA_EXCEPTION_CLASS = "22";

  private ServerErrors() {}

  /**
   * The answer for {@code failure}: a wrapped Roster error as itself, 400 for a value the database
   * refuses (too long, a NUL character), 503 while the database is unreachable, else a logged 500.
   */
  public static Response answer(UriInfo uri, Throwable failure) {
    RosterException known = rosterCause(failure);
    if (known != null) {
      return ErrorResponses.of(uri, known);
    }
    String state = sqlState(failure);
    // Class 08 (connection exception) and PostgreSQL's 57P (shutting down, not yet accepting
    // connections): the database is away, the request is not wrong.
    if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
      LOG.warning("Database unavailable (SQLState " + state + "): " + failure);
      return Response.fromResponse(
              ErrorResponses.of(uri, 503, null, "The database is unavailable; retry later."))
          .header("Retry-After", "5")
          .build();
    }
    if (state != null && state.startsWith(DATA_EXCEPTION_CLASS)) {
      ErrorStatus invalid = ErrorStatus.of(ErrorKind.INVALID_VALUE);
      return ErrorResponses.of(
          uri,
          invalid.status(),
          invalid.scimType(),
          state.equals("22001")
              ? "A value is longer than Roster can store for its attribute."
              : "A value cannot be stored (for example, it contains a NUL character).");
    }
    return unexpected(uri, failure);
  }

  /** Logs {@code failure} under a new correlation id and answers 500 naming only that id. */
  public static Response unexpected(UriInfo uri, Throwable failure) {
    String reference = UUID.randomUUID().toString();
    String path = uri == null ? "?" : "/" + RequestPaths.withoutLeadingSlashes(uri.getPath());
    LOG.log(
        Level.SEVERE, "Unexpected failure on " + path + " [reference " + reference + "]", failure);
    return ErrorResponses.of(
        uri,
        500,
        null,
        "An unexpected error occurred; nothing was changed. Reference: " + reference + ".");
  }

  /** The first Roster error among the causes, or null. */
  static RosterException rosterCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RosterException e) {
        return e;
      }
    }
    return null;
  }

  /** The SQLState of the first SQLException among the causes, or null. */
  static String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // A failed JDBC batch may carry the real error as its next exception.
      for (SQLException s = t instanceof SQLException sql ? sql : null;
          s != null;
          s = s.getNextException()) {
        if (s.getSQLState() != null && !s.getSQLState().startsWith("00")) {
          return s.getSQLState();
        }
      }
    }
    return null;
  }
}
