package dev.roster.scim.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roster.error.ErrorKind;
import dev.roster.error.RosterException;
import dev.roster.scim.model.AttributeSelection;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes attribute paths: a PATCH {@code path} parses or is an invalidPath error; {@code
 * attributes}/{@code excludedAttributes} select from a resource without any error. Replays {@code
 * AttributePathFuzzTestInputs/}; {@code fuzz/run.sh} fuzzes it.
 */
class AttributePathFuzzTest {
  private static final JsonObject USER =
      Json.createReader(
              new StringReader(
                  """
                  {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"1",
                   "userName":"bjensen","name":{"givenName":"Barbara","familyName":"Jensen"},
                   "emails":[{"value":"b@work.com","type":"work","primary":true},"x"],
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
                     {"manager":{"value":"m-1"},"department":"R&D"},
                   "meta":{"resourceType":"User","version":"W/\\"1\\""}}
                  """))
          .readObject();

  @FuzzTest
  void patchPath(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    try {
      PatchPath path = PatchPath.parse(text);
      assertThat(path.attribute().attribute()).isNotBlank();
    } catch (RosterException e) {
      assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_PATH);
    }
  }

  /** The first line is {@code attributes}, the rest {@code excludedAttributes}. */
  @FuzzTest
  void attributeSelection(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    String attributes = newline < 0 ? text : text.substring(0, newline);
    String excluded = newline < 0 ? null : text.substring(newline + 1);
    AttributeSelection selection = AttributeSelection.of(attributes, excluded);
    selection.includes("members");
    assertThat(selection.apply(USER).getString("id")).isEqualTo("1");
  }
}
