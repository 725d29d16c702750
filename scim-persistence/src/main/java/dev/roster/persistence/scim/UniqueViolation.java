package dev.roster.persistence.scim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Turns a unique-constraint violation into the domain's exception. The up-front checks (is this
 * userName taken?) give the clear answer in the common case; two concurrent requests can both pass
 * them, and then the database's unique index decides: the loser's flush fails here and becomes the
 * same 409 the check would have given. SQLState 23505 means a unique violation on PostgreSQL and
 * H2.
 */
public final class UniqueViolation {
  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueViolation() {}

  /**
   * Flushes pending writes; a unique violation among them becomes {@code onViolation}'s exception.
   */
  public static void flush(EntityManager em, Supplier<? extends RuntimeException> onViolation) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw onViolation.get();
      }
      throw e;
    }
  }

  static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
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
