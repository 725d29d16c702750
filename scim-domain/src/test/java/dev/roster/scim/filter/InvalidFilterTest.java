package dev.roster.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidFilterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title",
        "title eq",
        "eq \"x\"",
        "pr",
        "title pr pr",
        "title eq \"x\" \"y\"",
        "title eq \"x\" xx",
        "title xx \"x\"",
        "title == \"x\"",
        "title = \"x\"",
        "title eq 'x'",
        "title eq \"unterminated",
        "title eq \"bad \\x escape\"",
        "title eq \"bad \\u12\"",
        "title eq \"bad \\u12G4\"",
        "title eq \"ends in backslash\\",
        "\"x\" eq title",
        "42 eq title",
        "(title pr",
        "title pr)",
        "((title pr)",
        "()",
        "not title pr",
        "not",
        "not ()",
        "and title pr",
        "title pr and",
        "title pr or",
        "title pr and or b pr",
        "title pr && b pr",
        "title pr || b pr",
        "title pr b pr",
        "a.b.c pr",
        "a. pr",
        ".a pr",
        "a..b pr",
        "1abc pr",
        "_abc pr",
        "ti!tle pr",
        "title eq )",
        "title eq (",
        "title eq [",
        "title eq ]",
        "title eq \"x\" ]",
        "emails[type eq \"work\"",
        "emails]",
        "emails[]",
        "emails[type eq \"work\"].value eq \"x\"",
        "emails[a[b pr]]",
        "urn:x pr",
        "x eq 1e99999999999"
      })
  void rejectsMalformedFilters(String filter) {
    InvalidFilterException e =
        catchThrowableOfType(InvalidFilterException.class, () -> FilterParser.parse(filter));

    assertThat(e).as("exception for %s", filter).isNotNull();
    assertThat(e.getMessage())
        .contains("at position " + e.position())
        .endsWith(" in filter: " + filter);
    assertThat(e.position()).isBetween(0, filter.length());
    assertThat(e.filter()).isEqualTo(filter);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "title                | 5  | Unexpected end of input at position 5 (expected a comparison"
            + " operator, 'pr' or '[')",
        "title eq             | 8  | Unexpected end of input at position 8 (expected a value)",
        "title eq \"x\" xx    | 13 | Unexpected 'xx' at position 13 (expected 'and', 'or' or end of"
            + " input)",
        "title xx \"x\"       | 6  | Unexpected 'xx' at position 6 (expected a comparison operator,"
            + " 'pr' or '[')",
        "(title pr            | 9  | Unexpected end of input at position 9 (expected 'and', 'or' or"
            + " ')')",
        "title pr)            | 8  | Unexpected ')' at position 8 (expected 'and', 'or' or end of"
            + " input)",
        "not title pr         | 4  | Unexpected 'title' at position 4 (expected '(')",
        "title pr and         | 12 | Unexpected end of input at position 12 (expected 'not', '(' or"
            + " an attribute name)",
        "title eq )           | 9  | Unexpected ')' at position 9 (expected a value)",
        "\"x\" eq title       | 0  | Unexpected '\"' at position 0 (expected 'not', '(' or an"
            + " attribute name)",
        "title eq \"abc       | 9  | Unterminated string starting at position 9",
        "title eq \"a\\qb\"   | 11 | Invalid escape sequence '\\q' at position 11",
        "title eq \"\\u00e\"  | 10 | Invalid escape sequence '\\u00e' at position 10",
        "a.b.c pr             | 0  | Invalid attribute path 'a.b.c' at position 0 (at most one"
            + " sub-attribute is allowed)",
        "title == \"x\"       | 6  | Unexpected '=' at position 6 (expected a comparison operator,"
            + " 'pr' or '[')",
        "a eq 1e99999999999   | 5  | Number '1e99999999999' out of range at position 5",
        "title eq 'x'         | 9  | Unexpected \"'\" at position 9 (strings must be in double"
            + " quotes)",
        "emails[type eq \"w\"] xx | 20 | Unexpected 'xx' at position 20 (expected 'and', 'or' or"
            + " end of input)",
        "(a pr) b pr          | 7  | Unexpected 'b' at position 7 (expected 'and', 'or' or end of"
            + " input)",
        "not (a eq \"x\")) | 14 | Unexpected ')' at position 14 (expected 'and', 'or' or end of"
            + " input)"
      })
  void explainsWhatAndWhere(String filter, int position, String problem) {
    assertThatThrownBy(() -> FilterParser.parse(filter))
        .isInstanceOfSatisfying(
            InvalidFilterException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(problem + " in filter: " + filter);
              assertThat(e.position()).isEqualTo(position);
            });
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\t", "\r\n  "})
  void rejectsEmptyFilters(String filter) {
    assertThatThrownBy(() -> FilterParser.parse(filter))
        .isInstanceOfSatisfying(
            InvalidFilterException.class,
            e -> {
              assertThat(e).hasMessage("Filter must not be empty");
              assertThat(e.position()).isEqualTo(-1);
            });
  }

  @Test
  void acceptsTheMaximumLength() {
    String filter = "title eq \"" + "x".repeat(ScimSyntax.MAX_LENGTH - 11) + "\"";

    assertThat(filter).hasSize(ScimSyntax.MAX_LENGTH);
    assertThat(FilterParser.parse(filter)).isInstanceOf(Comparison.class);
  }

  @Test
  void rejectsLongerFilters() {
    String filter = "title eq \"" + "x".repeat(ScimSyntax.MAX_LENGTH - 10) + "\"";

    assertThatThrownBy(() -> FilterParser.parse(filter))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessage("Filter is too long: 10001 characters (maximum is 10000)");
  }

  @Test
  void acceptsTheMaximumDepth() {
    String filter = nested(ScimSyntax.MAX_DEPTH);

    assertThat(FilterParser.parse(filter)).isEqualTo(FilterFixtures.pr("a"));
  }

  @Test
  void rejectsDeeperNesting() {
    String filter = nested(ScimSyntax.MAX_DEPTH + 1);

    assertThatThrownBy(() -> FilterParser.parse(filter))
        .isInstanceOfSatisfying(
            InvalidFilterException.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith("Too deeply nested at position 50 (maximum nesting depth is 50)");
              assertThat(e.position()).isEqualTo(50);
            });
  }

  @Test
  void countsBracketsTowardsTheDepth() {
    String filter = "(".repeat(ScimSyntax.MAX_DEPTH) + "emails[type eq \"w\"]" + ")".repeat(50);

    assertThatThrownBy(() -> FilterParser.parse(filter))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageStartingWith("Too deeply nested at position 56");
  }

  @Test
  void rejectsVeryDeepNestingWithoutStackOverflow() {
    String filter = "(".repeat(4_000) + "a pr" + ")".repeat(4_000);

    assertThatThrownBy(() -> FilterParser.parse(filter))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageStartingWith("Too deeply nested");
  }

  @Test
  void ignoresParenthesesInsideStrings() {
    String filter = "title eq \"" + "(".repeat(100) + "\"";

    assertThat(FilterParser.parse(filter)).isEqualTo(FilterFixtures.eq("title", "(".repeat(100)));
  }

  @Test
  void abbreviatesLongFiltersInTheMessage() {
    String filter = "title eq \"" + "x".repeat(500) + "\" oops";

    assertThatThrownBy(() -> FilterParser.parse(filter))
        .hasMessage(
            "Unexpected 'oops' at position 512 (expected 'and', 'or' or end of input) in filter: "
                + filter.substring(0, 200)
                + "...");
  }

  private static String nested(int depth) {
    return "(".repeat(depth) + "a pr" + ")".repeat(depth);
  }
}
