package dev.roster.persistence.common;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Which database Roster runs on. PostgreSQL gets its own migrations and set-based statements;
 * everything else (the embedded H2) the portable forms. The one place that decides it.
 */
public final class Databases {
  private Databases() {}

  /** Whether {@code connection} is to PostgreSQL. */
  public static boolean isPostgreSql(Connection connection) throws SQLException {
    return connection
        .getMetaData()
        .getDatabaseProductName()
        .toLowerCase(Locale.ROOT)
        .contains("postgres");
  }

  /** Whether {@code em}'s database is PostgreSQL, asked over its current connection. */
  public static boolean isPostgreSql(EntityManager em) {
    return em.unwrap(Session.class).doReturningWork(Databases::isPostgreSql);
  }
}
