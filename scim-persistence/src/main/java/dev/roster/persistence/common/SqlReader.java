package dev.roster.persistence.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Runs a read-only statement whose parameters are named {@code :p1}, {@code :p2}… */
public interface SqlReader {
  /** The rows of {@code sql}, each mapped by {@code mapper}; {@code values} by parameter name. */
  <T> List<T> list(String sql, Map<String, Object> values, RowMapper<T> mapper);

  /** A row of a result set as a value; the result set is on that row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }
}
