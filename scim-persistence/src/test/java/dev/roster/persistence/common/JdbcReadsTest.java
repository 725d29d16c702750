package dev.roster.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statements run as given, values bound by position in the order their builder bound them: nothing
 * is parsed or rewritten, so text that looks like a parameter stays text.
 */
class JdbcReadsTest {
  private Connection connection;
  private SqlReader db;

  @BeforeEach
  void open() throws Exception {
    connection =
        DriverManager.getConnection("jdbc:h2:mem:jdbc_reads_" + UUID.randomUUID(), "sa", "");
    db = JdbcReads.over(connection);
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void valuesAreBoundInTheOrderTheirPlaceholdersWereBound() {
    SqlParams p = new SqlParams();
    UUID id = UUID.randomUUID();
    String sql =
        "select "
            + p.bind("first")
            + ", "
            + p.bind(12)
            + ", cast("
            + p.bind(id)
            + " as uuid) as id";
    List<Object[]> rows =
        db.list(
            sql,
            p.values(),
            r -> new Object[] {r.getString(1), r.getInt(2), JdbcReads.uuid(r, "id")});
    assertThat(sql).isEqualTo("select ?, ?, cast(? as uuid) as id");
    assertThat(rows.get(0)).containsExactly("first", 12, id);
  }

  @Test
  void textThatLooksLikeAParameterIsLeftAlone() {
    List<String> rows =
        db.list("select ':p1 a:p1' || ? as x", List.of(" ?"), r -> r.getString("x"));
    assertThat(rows).containsExactly(":p1 a:p1 ?");
  }

  @Test
  void aLongerStatementNumbersItsPlaceholdersOnFromACopy() {
    SqlParams where = new SqlParams();
    String condition = "x = " + where.bind(1) + " or x = " + where.bind(2);
    SqlParams page = where.copy();
    String sql =
        "select x from (values (1), (2), (3)) t(x) where "
            + condition
            + " order by x limit "
            + page.bind(1);
    assertThat(db.list(sql, page.values(), r -> r.getInt(1))).containsExactly(1);
    assertThat(where.values()).containsExactly(1, 2);
  }

  @Test
  void instantsAreBoundAsTimestamps() {
    Instant at = Instant.parse("2026-01-02T03:04:05Z");
    assertThat(
            db.list(
                "select cast(? as timestamp with time zone) as t",
                List.of(at),
                r -> JdbcReads.instant(r, "t")))
        .containsExactly(at);
  }
}
