package dev.roster.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The driver class of Roster's datasource: it hands each URL to the driver that accepts it,
 * PostgreSQL's or H2's, so that {@code ROSTER_DB_URL} alone chooses the database. WildFly's
 * datasource instantiates exactly one driver class and never asks {@code DriverManager}, and a
 * server configuration can only substitute values, not derive one from another; without this class
 * every start on PostgreSQL had to name the driver too, and a start that did not failed with H2's
 * "wrong driver class for this connection URL".
 */
public final class RosterDriver implements Driver {
  private static final List<Driver> DRIVERS =
      List.of(new org.postgresql.Driver(), new org.h2.Driver());

  /** The driver for {@code url}, or null when neither accepts it. */
  static Driver driverFor(String url) throws SQLException {
    for (Driver driver : DRIVERS) {
      if (url != null && driver.acceptsURL(url)) {
        return driver;
      }
    }
    return null;
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    Driver driver = driverFor(url);
    if (driver == null) {
      // The JDBC contract is to answer null; WildFly would then report the wrong driver class.
      throw new SQLException(
          "Roster supports jdbc:postgresql: and jdbc:h2: URLs, not " + url, "08001");
    }
    return driver.connect(url, info);
  }

  @Override
  public boolean acceptsURL(String url) throws SQLException {
    return driverFor(url) != null;
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
    Driver driver = driverFor(url);
    return driver == null ? new DriverPropertyInfo[0] : driver.getPropertyInfo(url, info);
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }
}
