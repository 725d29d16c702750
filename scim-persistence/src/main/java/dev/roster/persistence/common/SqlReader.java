package dev.roster.persistence.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Runs a read-only statement whose parameters are positional ({@code ?}). */
public interface SqlReader {
  /** The rows of {@code sql}, each mapped by {@code mapper}; {@code values} in parameter order. */
  <T> List<T> list(String sql, List<?> values, RowMapper<T> mapper);

  /** A row of a result set as a value; the result set is on that row. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }
}
