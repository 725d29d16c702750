package dev.roster.api.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roster.error.RosterException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the body of POST .search: any text is a query or a SCIM error, never another exception.
 * Replays {@code SearchRequestFuzzTestInputs/}; {@code fuzz/run.sh search} fuzzes it.
 */
class SearchRequestFuzzTest {

  @FuzzTest
  void searchRequest(FuzzedDataProvider data) {
    String body = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    try {
      ListParameters parameters = ListParameters.fromSearchRequest(SearchBodies.parse(body));
      assertThat(parameters.query().fingerprint("Users")).isNotEmpty();
      parameters.selection().includes("members");
    } catch (RosterException expected) {
      // a 400 with a SCIM error body
    }
  }
}
