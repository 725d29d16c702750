package dev.roster.persistence;

import dev.roster.persistence.user.V4__Backfill_user_search_index;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A fresh database of each kind Roster runs on, for integration tests of SQL: the embedded H2 with
 * the server's URL options (PostgreSQL mode), and PostgreSQL, in a database of its own created on
 * the server the integration tests use (ROSTER_TEST_PG_URL, ROSTER_TEST_PG_USER,
 * ROSTER_TEST_PG_PASSWORD; default the local server as postgres) and dropped by {@link #drop()}.
 */
public record TestDatabase(
    String name, String url, String user, String password, String[] locations) {
  private static final String PG_ADMIN =
      env("ROSTER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

  /** Both databases, each named {@code prefix} plus a random suffix. */
  public static Stream<TestDatabase> both(String prefix) {
    String db = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    return Stream.of(
        new TestDatabase(
            "H2",
            "jdbc:h2:mem:"
                + db
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa",
            "",
            new String[] {"classpath:db/migration/common"}),
        new TestDatabase(
            "PostgreSQL",
            PG_ADMIN.replaceFirst("/[^/?]*(\\?|$)", "/" + db + "$1"),
            env("ROSTER_TEST_PG_USER", "postgres"),
            env("ROSTER_TEST_PG_PASSWORD", ""),
            new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"}));
  }

  public boolean postgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** Creates the PostgreSQL database (H2 creates its own on first connection). */
  public void create() throws SQLException {
    if (postgres()) {
      onServer("create database " + databaseName());
    }
  }

  public void drop() throws SQLException {
    if (postgres()) {
      onServer("drop database if exists " + databaseName() + " with (force)");
    } else {
      try (Connection c = connect();
          Statement s = c.createStatement()) {
        s.execute("shutdown");
      }
    }
  }

  /** Roster's migrations, as the server runs them. */
  public FluentConfiguration flyway() {
    return Flyway.configure()
        .dataSource(url, user, password)
        .locations(locations)
        .javaMigrations(new V4__Backfill_user_search_index());
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private String databaseName() {
    return url.replaceAll("^.*/([^/?]+).*$", "$1");
  }

  private void onServer(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(PG_ADMIN, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  public String toString() {
    return name;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
