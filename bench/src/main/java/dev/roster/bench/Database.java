package dev.roster.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** JDBC access to the benchmark's own database (created fresh for every run). */
final class Database {
  final String url;
  final String user;
  final String password;

  Database(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Drops and creates the database named in the URL, through the server's 'postgres' DB. */
  void recreate() throws SQLException {
    String name = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Unexpected database name " + name);
    }
    String admin = url.replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
    try (Connection c = DriverManager.getConnection(admin, user, password);
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
      s.execute("create database " + name);
    }
  }

  long count(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  List<UUID> uuids(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      List<UUID> ids = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getObject(1, UUID.class));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void execute(String sql, Object... params) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean tableExists(String table) {
    return count(
            "select count(*) from information_schema.tables where table_schema = 'public'"
                + " and table_name = ?",
            table)
        > 0;
  }
}
