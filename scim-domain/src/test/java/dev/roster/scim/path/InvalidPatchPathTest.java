package dev.roster.scim.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.scim.filter.ScimSyntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidPatchPathTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "emails[]                          | 7  | Unexpected ']' at position 7 (expected 'not', '('"
            + " or an attribute name)",
        "emails[type eq \"work\"             | 21 | Unexpected end of input at position 21"
            + " (expected 'and', 'or' or ']')",
        "emails[type eq \"work\"].           | 22 | Unexpected '.' at position 22 (expected '.'"
            + " and a sub-attribute name or end of input)",
        "emails[type eq \"work\"].value.x    | 28 | Unexpected '.x' at position 28 (expected end"
            + " of input)",
        "emails[type eq \"work\"] value      | 23 | Unexpected 'value' at position 23 (expected"
            + " '.' and a sub-attribute name or end of input)",
        "emails.value[type eq \"work\"].x    | 28 | Unexpected '.x' at position 28"
            + " ('emails.value' already has a sub-attribute)",
        "emails[a[b pr]]                   | 8  | Unexpected '[' at position 8 (value paths"
            + " cannot be nested)",
        "name.givenName.x                  | 0  | Invalid attribute path 'name.givenName.x' at"
            + " position 0 (at most one sub-attribute is allowed)",
        "members value                     | 8  | Unexpected 'value' at position 8 (expected '['"
            + " or end of input)",
        "members eq \"x\"                    | 8  | Unexpected 'eq' at position 8 (expected '['"
            + " or end of input)",
        "members pr                        | 8  | Unexpected 'pr' at position 8 (expected '[' or"
            + " end of input)",
        "[type eq \"work\"]                  | 0  | Unexpected '[' at position 0 (expected an"
            + " attribute name)",
        ".value                            | 0  | Unexpected '.value' at position 0 (expected an"
            + " attribute name)",
        "urn:x                             | 0  | Invalid attribute path 'urn:x' at position 0 (not"
            + " a schema URN followed by ':' and an attribute name)",
        "emails[type eq \"\\x\"]             | 16 | Invalid escape sequence '\\x' at position 16"
      })
  void explainsWhatAndWhere(String path, int position, String problem) {
    assertThatThrownBy(() -> PatchPath.parse(path))
        .isInstanceOfSatisfying(
            InvalidPathException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(problem + " in path: " + path);
              assertThat(e.position()).isEqualTo(position);
              assertThat(e.path()).isEqualTo(path);
            });
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void rejectsEmptyPaths(String path) {
    assertThatThrownBy(() -> PatchPath.parse(path))
        .isInstanceOf(InvalidPathException.class)
        .hasMessage("Path must not be empty");
  }

  @Test
  void rejectsTooLongPaths() {
    String path = "a".repeat(ScimSyntax.MAX_LENGTH + 1);

    assertThatThrownBy(() -> PatchPath.parse(path))
        .isInstanceOf(InvalidPathException.class)
        .hasMessage("Path is too long: 10001 characters (maximum is 10000)");
  }

  @Test
  void rejectsTooDeeplyNestedValueFilters() {
    String path = "emails[" + "(".repeat(ScimSyntax.MAX_DEPTH) + "a pr" + ")".repeat(50) + "]";

    assertThatThrownBy(() -> PatchPath.parse(path))
        .isInstanceOf(InvalidPathException.class)
        .hasMessageStartingWith("Too deeply nested at position 56");
  }
}
