package dev.roster.persistence.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The bound values of a statement being built: {@link #bind(Object)} records a value and returns
 * its placeholder, {@code ?}. Builders append text left to right and bind as they go, so the values
 * are in the order of their placeholders, as JDBC takes them.
 */
public final class SqlParams {
  private final List<Object> values;

  public SqlParams() {
    this.values = new ArrayList<>();
  }

  private SqlParams(List<Object> values) {
    this.values = new ArrayList<>(values);
  }

  public String bind(Object value) {
    values.add(value);
    return "?";
  }

  /** {@code ?, ?, ?}: one placeholder per element, for {@code in (...)}; never empty. */
  public String bindAll(Collection<?> elements) {
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("in () needs at least one value");
    }
    StringBuilder placeholders = new StringBuilder();
    for (Object element : elements) {
      placeholders.append(placeholders.isEmpty() ? "" : ", ").append(bind(element));
    }
    return placeholders.toString();
  }

  /**
   * These values and room for more, for a longer statement whose text continues this one's (its
   * placeholders come after these).
   */
  public SqlParams copy() {
    return new SqlParams(values);
  }

  public List<Object> values() {
    return values;
  }

  /** {@code value} with LIKE's wildcards escaped, for {@code like ... escape '\\'}. */
  public static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
