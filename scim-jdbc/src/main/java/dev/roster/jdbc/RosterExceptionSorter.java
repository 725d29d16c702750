package dev.roster.jdbc;

import java.sql.SQLException;
import org.jboss.jca.adapters.jdbc.spi.ExceptionSorter;

/**
 * Tells WildFly's pool which failures leave a connection unusable, so that it is destroyed rather
 * than returned to the pool and handed to the next request.
 *
 * <p>IronJacamar's {@code PostgreSQLExceptionSorter} knows only SQLState 08006. Measured after a
 * PostgreSQL restart, pgjdbc reports 57P01 ("terminating connection due to administrator command")
 * on the first use of each pooled connection and 08003 ("This connection has been closed") on every
 * use after that, so with that sorter the dead connections stayed in the pool. This one treats the
 * whole of class 08 (connection exception, standard SQL, so also H2's) and PostgreSQL's class 57P
 * (the server ended the session: shutdown, crash, idle timeout, database dropped) as fatal,
 * including in a batch's chained exceptions.
 */
public final class RosterExceptionSorter implements ExceptionSorter {

  @Override
  public boolean isExceptionFatal(SQLException failure) {
    for (SQLException e = failure; e != null; e = e.getNextException()) {
      String state = e.getSQLState();
      if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
        return true;
      }
      if (e.getNextException() == e) {
        break;
      }
    }
    return false;
  }
}
