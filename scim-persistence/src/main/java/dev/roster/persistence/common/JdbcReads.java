package dev.roster.persistence.common;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * Read-only SQL over plain JDBC (a {@link SqlReader} on the server's datasource): every SELECT the
 * repositories run, above all the reads every SCIM request makes (the token check, a user by id,
 * filter and list pages); writes, and the locked loads they follow, stay on JPA. Profiled under
 * load, a Hibernate native query with an entity result resolved its result-set mapping on every
 * execution and each non-transactional EntityManager call opened a session: more than a third of
 * the server's CPU on {@code GET /Users/{id}}. These tables are flat, so their rows are mapped here
 * by column name.
 *
 * <p>Statements are counted in Hibernate's statistics as Hibernate counts its own, so statement
 * budgets stay measurable. Request reads run outside a transaction; checks inside a write's
 * transaction (is this name taken, which members exist) flush pending changes first (what
 * Hibernate's AUTO flush does before a native query), and WildFly's pool hands out the connection
 * already enlisted in that transaction, so they see its writes and its locks.
 *
 * <p>Statements come with positional ({@code ?}) parameters, in the order the statement's builder
 * bound them ({@link SqlParams}): nothing is parsed or rewritten per request.
 */
@ApplicationScoped
public class JdbcReads implements SqlReader {
  @Resource(lookup = "java:jboss/datasources/RosterDS")
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @PersistenceUnit(unitName = "roster")
  EntityManagerFactory emf;

  private StatisticsImplementor statistics;

  @PostConstruct
  void init() {
    StatisticsImplementor s = emf.unwrap(SessionFactoryImplementor.class).getStatistics();
    statistics = s.isStatisticsEnabled() ? s : null;
  }

  @Override
  public <T> List<T> list(String sql, List<?> values, RowMapper<T> mapper) {
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      em.flush();
    }
    try (Connection c = dataSource.getConnection()) {
      return list(c, sql, values, mapper, statistics);
    } catch (SQLException e) {
      throw new PersistenceException("Query failed: " + e.getMessage(), e);
    }
  }

  /**
   * Counts statements run over a connection lent by Hibernate (its {@code doWork}), which its
   * statistics do not see, so that statement budgets include them.
   */
  public void countStatements(int statements) {
    if (statistics != null) {
      for (int i = 0; i < statements; i++) {
        statistics.prepareStatement();
        statistics.closeStatement();
      }
    }
  }

  /** A reader over one connection, for code that runs outside the server (tests, migrations). */
  public static SqlReader over(Connection connection) {
    return new SqlReader() {
      @Override
      public <T> List<T> list(String sql, List<?> values, RowMapper<T> mapper) {
        try {
          return JdbcReads.list(connection, sql, values, mapper, null);
        } catch (SQLException e) {
          throw new PersistenceException("Query failed: " + e.getMessage(), e);
        }
      }
    };
  }

  private static <T> List<T> list(
      Connection c,
      String sql,
      List<?> values,
      RowMapper<T> mapper,
      StatisticsImplementor statistics)
      throws SQLException {
    if (statistics != null) {
      statistics.prepareStatement();
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        s.setObject(i + 1, jdbcValue(values.get(i)));
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(mapper.map(rs));
        }
      }
      return rows;
    } finally {
      if (statistics != null) {
        statistics.closeStatement();
      }
    }
  }

  /** JDBC drivers take timestamps as OffsetDateTime, not Instant. */
  private static Object jdbcValue(Object value) {
    return value instanceof Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : value;
  }

  public static UUID uuid(ResultSet row, String column) throws SQLException {
    Object value = row.getObject(column);
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    // H2 may return a uuid's 16 bytes; other drivers text.
    if (value instanceof byte[] bytes && bytes.length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return UUID.fromString(value.toString());
  }

  public static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
