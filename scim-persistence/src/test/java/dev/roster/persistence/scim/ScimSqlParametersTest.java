package dev.roster.persistence.scim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.persistence.common.SqlReader;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.FilterParser;
import dev.roster.scim.query.Cursor;
import dev.roster.scim.query.ResourceQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The SQL builder writes positional parameters: every statement it runs has as many {@code ?} as
 * bound values, the organization's id first (values are bound as the text is written).
 */
class ScimSqlParametersTest {
  private static final String FILTER =
      "(userName sw \"a\" or not (emails[type eq \"work\" and value co \"x\"]))"
          + " and title eq \"Boss\" and meta.created gt \"2020-01-01T00:00:00Z\""
          + " and active eq true and groups.value eq \"6f1c2a9e-0d7b-4a57-9c3e-2d1b0f6e8a11\"";

  record Statement(String sql, List<Object> values) {}

  /** Records statements; answers a count of 1,000 and no rows. */
  static final class Recorder implements SqlReader {
    final List<Statement> statements = new ArrayList<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> list(String sql, List<?> values, RowMapper<T> mapper) {
      statements.add(new Statement(sql, List.copyOf(values)));
      return sql.startsWith("select count(*)") ? List.of((T) (Object) 1_000L) : List.of();
    }
  }

  @Test
  void indexPagesBindOneValuePerPlaceholder() {
    UUID org = UUID.randomUUID();
    Recorder db = new Recorder();
    new ScimSql(
            UserColumns.INSTANCE,
            org,
            new ResourceQuery(FilterParser.parse(FILTER), null, false, 201, 100))
        .search(db, r -> null);
    assertThat(db.statements).hasSize(2);
    for (Statement s : db.statements) {
      assertPositional(s);
      assertThat(s.values().get(0)).isEqualTo(org);
    }
    Statement page = db.statements.get(0);
    assertThat(page.values().subList(page.values().size() - 2, page.values().size()))
        .containsExactly(100, 200);
  }

  @Test
  void cursorPagesBindTheKeysetAfterTheFilterAndTheLimitLast() {
    UUID org = UUID.randomUUID();
    UUID after = UUID.randomUUID();
    ResourceQuery first =
        new ResourceQuery(
            FilterParser.parse(FILTER), AttributePath.of("externalId"), true, 1, 50, "");
    String cursor =
        new Cursor(false, "ext-9", after).encode(first.fingerprint(UserColumns.INSTANCE.coreUrn()));
    Recorder db = new Recorder();
    new ScimSql(
            UserColumns.INSTANCE,
            org,
            new ResourceQuery(
                FilterParser.parse(FILTER), AttributePath.of("externalId"), true, 1, 50, cursor))
        .cursorPage(db, r -> null, (Object o) -> after);
    assertThat(db.statements).isNotEmpty();
    db.statements.forEach(ScimSqlParametersTest::assertPositional);
    List<Object> keyset = db.statements.get(0).values();
    assertThat(keyset.subList(keyset.size() - 3, keyset.size()))
        .containsExactly("ext-9", after, 51);
  }

  private static void assertPositional(Statement s) {
    long placeholders = s.sql().chars().filter(c -> c == '?').count();
    assertThat(placeholders).as(s.sql()).isEqualTo(s.values().size());
    assertThat(s.sql()).doesNotContain(":p");
    assertThat(s.values()).doesNotContainNull();
    assertThat(s.values()).anyMatch(v -> v instanceof Instant);
  }
}
