package dev.roster.scim.filter;

import static dev.roster.scim.filter.FilterFixtures.NULL;
import static dev.roster.scim.filter.FilterFixtures.and;
import static dev.roster.scim.filter.FilterFixtures.bool;
import static dev.roster.scim.filter.FilterFixtures.cmp;
import static dev.roster.scim.filter.FilterFixtures.eq;
import static dev.roster.scim.filter.FilterFixtures.not;
import static dev.roster.scim.filter.FilterFixtures.num;
import static dev.roster.scim.filter.FilterFixtures.or;
import static dev.roster.scim.filter.FilterFixtures.pr;
import static dev.roster.scim.filter.FilterFixtures.valuePath;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnquotedValueTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0a21f0f2-8d2a-4f8e-bf98-7363c8aed4dd",
        "bob@example.com",
        "bob.smith+tag@example.co.uk",
        "2011-05-13T04:42:34Z",
        "2819c223-7f76-453a-919d-413861904646",
        "CN=Bob,OU=Users,DC=example,DC=com",
        "urn:ietf:params:scim:schemas:core:2.0:User",
        "https://example.com/v2/Users/1?x=y&z",
        "00123",
        "+1",
        ".5",
        "1.",
        "-",
        "1e",
        "0x1F",
        "truex",
        "nullable",
        "and",
        "eq",
        "pr",
        "Ünïcödé",
        "a\\b",
        "it's"
      })
  void treatsOtherBareValuesAsStrings(String value) {
    assertThat(FilterParser.parse("externalId eq " + value)).isEqualTo(eq("externalId", value));
  }

  static Stream<Arguments> typedBareValues() {
    return Stream.of(
        Arguments.of("0", num("0")),
        Arguments.of("42", num("42")),
        Arguments.of("-42", num("-42")),
        Arguments.of("3.14", num("3.14")),
        Arguments.of("-0.5", num("-0.5")),
        Arguments.of("1e3", num("1E+3")),
        Arguments.of("2.5E-2", num("2.5E-2")),
        Arguments.of("true", bool(true)),
        Arguments.of("TRUE", bool(true)),
        Arguments.of("False", bool(false)),
        Arguments.of("null", NULL),
        Arguments.of("NULL", NULL),
        Arguments.of("Null", NULL));
  }

  @ParameterizedTest
  @MethodSource("typedBareValues")
  void typesNumbersBooleansAndNull(String value, FilterValue expected) {
    assertThat(FilterParser.parse("x eq " + value)).isEqualTo(cmp("x", CompareOp.EQ, expected));
  }

  static Stream<Arguments> bareValuesInContext() {
    return Stream.of(
        Arguments.of(
            "userName eq bob@example.com and active eq true",
            and(eq("userName", "bob@example.com"), cmp("active", CompareOp.EQ, bool(true)))),
        Arguments.of(
            "userName eq bob or userName eq alice",
            or(eq("userName", "bob"), eq("userName", "alice"))),
        Arguments.of("(userName eq bob)", eq("userName", "bob")),
        Arguments.of("not (userName eq bob)", not(eq("userName", "bob"))),
        Arguments.of("emails[value eq bob@x.com]", valuePath("emails", eq("value", "bob@x.com"))),
        Arguments.of(
            "emails[type eq work and primary eq TRUE]",
            valuePath("emails", and(eq("type", "work"), cmp("primary", CompareOp.EQ, bool(true))))),
        Arguments.of("a eq b and c pr", and(eq("a", "b"), pr("c"))),
        Arguments.of("a eq and and c pr", and(eq("a", "and"), pr("c"))),
        Arguments.of("a\teq\tb", eq("a", "b")));
  }

  @ParameterizedTest
  @MethodSource("bareValuesInContext")
  void endsAtWhitespaceParenthesisOrBracket(String filter, Filter expected) {
    assertThat(FilterParser.parse(filter)).isEqualTo(expected);
  }
}
