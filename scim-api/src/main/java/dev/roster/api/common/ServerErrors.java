package dev.roster.api.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the catch-all mappers share. A failure nobody anticipated is logged once, with its stack
 * trace and a correlation id, and answered with only that id: the caller never sees a stack trace
 * or an exception class. A unique-constraint violation that a concurrent request caused (two
 * creates of the same userName that both passed the up-front check) is not unexpected: it is the
 * 409 uniqueness the losing request would have got had it come second.
 */
public final class ServerErrors {
  private static final Logger LOG = Logger.getLogger(ServerErrors.class.getName());

  /** SQLState of a unique violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** SQLState class 22, data exception: a value too long, a character the database refuses. */
  private static final String DATA_EXCEPTION_CLASS = "22";

  private ServerErrors() {}

  /**
   * The answer for {@code failure}: 409 for a unique violation somewhere in its causes, 400 for a
   * value the database refuses (too long, a NUL character), 503 while the database is unreachable,
   * else a logged 500.
   */
  public static Response answer(UriInfo uri, Throwable failure) {
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
      return ErrorResponses.of(
          uri,
          400,
          "invalidValue",
          state.equals("22001")
              ? "A value is longer than Roster can store for its attribute."
              : "A value cannot be stored (for example, it contains a NUL character).");
    }
    if (UNIQUE_VIOLATION.equals(state)) {
      return ErrorResponses.of(
          uri,
          409,
          "uniqueness",
          "A concurrent request has just created a resource with the same unique value.");
    }
    return unexpected(uri, failure);
  }

  /** Logs {@code failure} under a new correlation id and answers 500 naming only that id. */
  public static Response unexpected(UriInfo uri, Throwable failure) {
    String reference = UUID.randomUUID().toString();
    String path = uri == null ? "?" : "/" + uri.getPath().replaceAll("^/+", "");
    LOG.log(
        Level.SEVERE, "Unexpected failure on " + path + " [reference " + reference + "]", failure);
    return ErrorResponses.of(
        uri,
        500,
        null,
        "An unexpected error occurred; nothing was changed. Reference: " + reference + ".");
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
