package dev.roster.it;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Breaks every connection Roster holds to its test database, as a PostgreSQL restart does. When the
 * test database is a cluster on this machine that {@code pg_ctlcluster} manages (CI runs as root
 * beside it), the cluster really is restarted; otherwise Roster's backends are terminated, which
 * leaves the server's pooled connections just as broken.
 */
final class DatabaseOutage {
  private DatabaseOutage() {}

  /** Causes the outage and returns the instant the database accepts connections again. */
  static Instant breakConnections() throws Exception {
    String cluster =
        Boolean.parseBoolean(System.getProperty("roster.it.db.restart", "true"))
            ? localCluster()
            : null;
    if (cluster != null && run("pg_ctlcluster --skip-systemctl-redirect " + cluster + " restart")) {
      System.out.println("Restarted PostgreSQL cluster " + cluster);
      return awaitDatabase();
    }
    try (Connection c = Fixtures.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "select pg_terminate_backend(pid) from pg_stat_activity"
              + " where datname = current_database() and pid <> pg_backend_pid()");
    }
    System.out.println("Terminated Roster's PostgreSQL backends");
    return awaitDatabase();
  }

  /** "15 main" when the test database is on a local cluster that pg_ctlcluster knows, else null. */
  private static String localCluster() {
    URI url = URI.create(System.getProperty("roster.it.db.url").substring("jdbc:".length()));
    if (!List.of("127.0.0.1", "localhost", "::1").contains(url.getHost())) {
      return null;
    }
    int port = url.getPort() < 0 ? 5432 : url.getPort();
    try {
      Process p = new ProcessBuilder("pg_lsclusters", "--no-header").start();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      for (String line : out.split("\n")) {
        String[] f = line.trim().split("\\s+");
        if (f.length > 3 && f[2].equals(String.valueOf(port)) && f[3].equals("online")) {
          return f[0] + " " + f[1];
        }
      }
    } catch (IOException e) {
      return null; // no pg_ctlcluster here
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }

  private static boolean run(String command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command.split(" ")).inheritIO().start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static Instant awaitDatabase() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      try (Connection c = Fixtures.connect()) {
        return Instant.now();
      } catch (SQLException e) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("PostgreSQL did not come back", e);
        }
        Thread.sleep(100);
      }
    }
  }
}
