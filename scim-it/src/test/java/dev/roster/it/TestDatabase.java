package dev.roster.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Creates a fresh PostgreSQL database for the test run before the server starts, and drops it at
 * the end. Point it at another server with ROSTER_TEST_PG_URL (a JDBC URL of an existing
 * maintenance database, default jdbc:postgresql://127.0.0.1:5432/postgres), ROSTER_TEST_PG_USER
 * (default postgres) and ROSTER_TEST_PG_PASSWORD.
 */
public class TestDatabase implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    int offset = Integer.getInteger("roster.it.port.offset", 0);
    System.setProperty("roster.it.management.port", String.valueOf(9990 + offset));
    // Absolute URLs the server writes (meta.location, member $ref) must point at the offset port.
    System.setProperty("roster.it.public.url", "http://localhost:" + (8080 + offset));
    if (!"postgresql".equals(System.getProperty("arquillian.launch"))) {
      return;
    }
    String name = System.getProperty("roster.it.db.name", "roster_it");
    String admin = env("ROSTER_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    String user = env("ROSTER_TEST_PG_USER", "postgres");
    String password = env("ROSTER_TEST_PG_PASSWORD", "");
    execute(admin, user, password, "drop database if exists " + name + " with (force)");
    execute(admin, user, password, "create database " + name);
    System.setProperty("roster.it.db.url", admin.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
    System.setProperty("roster.it.db.user", user);
    System.setProperty("roster.it.db.password", password.isEmpty() ? "unused" : password);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    // The database stays until the next run so that a failure can be inspected.
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void execute(String url, String user, String password, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot prepare the test database at "
              + url
              + " (set ROSTER_TEST_PG_URL): "
              + e.getMessage(),
          e);
    }
  }
}
