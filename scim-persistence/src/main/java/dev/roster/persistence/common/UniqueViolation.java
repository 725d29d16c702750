package dev.roster.persistence.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The one place where a unique-constraint violation becomes the domain's answer ("userName 'x' is
 * already taken"). What is unique is decided by the database's unique indexes, not by a query asked
 * first: such a check costs a statement and still lets two concurrent requests both pass it. A
 * repository that writes a unique value flushes through here; the losing request's flush fails (on
 * PostgreSQL it waits for the winner's commit) and becomes the same exception a request that came
 * second would get. SQLState 23505 means a unique violation on PostgreSQL and H2.
 *
 * <p>Anything else that fails, and a violation no repository expected, stays a failure: the API
 * answers it as a logged 500 rather than guess which value clashed.
 */
public final class UniqueViolation {
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolation() {}

  /**
   * Flushes pending writes; a unique violation among them becomes {@code onViolation}'s exception.
   */
  public static void flush(EntityManager em, Supplier<? extends RuntimeException> onViolation) {
    run(em::flush, onViolation);
  }

  /** Runs a write statement; a unique violation becomes {@code onViolation}'s exception. */
  public static void run(Runnable write, Supplier<? extends RuntimeException> onViolation) {
    try {
      write.run();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw onViolation.get();
      }
      throw e;
    }
  }

  static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // A failed JDBC batch may carry the real error as its next exception.
      for (SQLException s = t instanceof SQLException sql ? sql : null;
          s != null;
          s = s.getNextException()) {
        if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }
}
