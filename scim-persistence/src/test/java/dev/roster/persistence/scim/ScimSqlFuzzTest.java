package dev.roster.persistence.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roster.error.RosterException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.filter.FilterParser;
import dev.roster.scim.filter.Present;
import dev.roster.scim.query.Cursor;
import dev.roster.scim.query.ResourceQuery;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Fuzzes a list request down to its SQL: filter, sortBy and a cursor key become statements whose
 * values are all bound ({@code ?} as many as values), or a SCIM error; never another exception. The
 * input is lines: filter, sortBy, cursor key (absent: index paging; empty: first cursor page), and
 * flags ({@code groups}, {@code descending}, {@code backwards}). Replays {@code
 * ScimSqlFuzzTestInputs/}; {@code fuzz/run.sh sql} fuzzes it.
 */
class ScimSqlFuzzTest {
  private static final UUID ORG = UUID.randomUUID();

  @FuzzTest
  void query(FuzzedDataProvider data) {
    String[] lines =
        new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8).split("\n", 4);
    String flags = lines.length > 3 ? lines[3] : "";
    ResourceColumns columns =
        flags.contains("groups") ? GroupColumns.INSTANCE : UserColumns.INSTANCE;
    boolean descending = flags.contains("descending");
    try {
      Filter filter = lines[0].isBlank() ? null : FilterParser.parse(lines[0]);
      // As ListParameters reads sortBy.
      AttributePath sortBy =
          lines.length < 2 || lines[1].isBlank()
              ? null
              : FilterParser.parse(lines[1].strip() + " pr") instanceof Present p ? p.path() : null;
      String cursor = null;
      if (lines.length > 2) {
        String key = lines[2].isEmpty() ? null : lines[2];
        cursor =
            key == null
                ? ""
                : new Cursor(flags.contains("backwards"), key, ORG)
                    .encode(
                        new ResourceQuery(filter, sortBy, descending, 1, 100, "")
                            .fingerprint(columns.coreUrn()));
      }
      ResourceQuery query = new ResourceQuery(filter, sortBy, descending, 1, 100, cursor);
      ScimSqlParametersTest.Recorder db = new ScimSqlParametersTest.Recorder();
      new ScimSql(columns, ORG, query).list(db, r -> null, item -> ORG);
      for (ScimSqlParametersTest.Statement s : db.statements) {
        assertThat(s.sql().chars().filter(c -> c == '?').count()).isEqualTo(s.values().size());
      }
    } catch (RosterException expected) {
      // a 400 with a SCIM error body
    }
  }
}
