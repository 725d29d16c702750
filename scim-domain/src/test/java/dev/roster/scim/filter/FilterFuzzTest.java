package dev.roster.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roster.error.ErrorKind;
import dev.roster.error.RosterException;
import dev.roster.scim.query.ResourceQuery;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the {@code filter} query parameter: any text is a filter tree or an invalidFilter error,
 * never another exception. Replays {@code FilterFuzzTestInputs/} as a regression test; {@code
 * fuzz/run.sh} fuzzes it.
 */
class FilterFuzzTest {

  @FuzzTest
  void filter(FuzzedDataProvider data) {
    // UTF-8 as the query string is decoded, so that seed files are plain text.
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    Filter filter;
    try {
      filter = FilterParser.parse(text);
    } catch (RosterException e) {
      assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_FILTER);
      return;
    }
    // What a list request does with the tree before it reaches SQL: its cursor fingerprint.
    assertThat(new ResourceQuery(filter, null, false, 1, 100).fingerprint("Users")).isNotEmpty();
  }
}
