package dev.roster.scim.filter;

import static dev.roster.scim.filter.FilterFixtures.and;
import static dev.roster.scim.filter.FilterFixtures.bool;
import static dev.roster.scim.filter.FilterFixtures.cmp;
import static dev.roster.scim.filter.FilterFixtures.eq;
import static dev.roster.scim.filter.FilterFixtures.not;
import static dev.roster.scim.filter.FilterFixtures.or;
import static dev.roster.scim.filter.FilterFixtures.pr;
import static dev.roster.scim.filter.FilterFixtures.str;
import static dev.roster.scim.filter.FilterFixtures.valuePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ValuePathFilterTest {

  static Stream<Arguments> valuePaths() {
    return Stream.of(
        Arguments.of("emails[type eq \"work\"]", valuePath("emails", eq("type", "work"))),
        Arguments.of(
            "emails[type eq \"work\" and value co \"@x.com\"]",
            valuePath(
                "emails", and(eq("type", "work"), cmp("value", CompareOp.CO, str("@x.com"))))),
        Arguments.of(
            "emails[type eq \"work\" or primary eq true]",
            valuePath("emails", or(eq("type", "work"), cmp("primary", CompareOp.EQ, bool(true))))),
        Arguments.of(
            "emails[not (type eq \"home\")]", valuePath("emails", not(eq("type", "home")))),
        Arguments.of("emails[value pr]", valuePath("emails", pr("value"))),
        Arguments.of(
            "addresses[(type eq \"work\") and (country eq \"DE\")]",
            valuePath("addresses", and(eq("type", "work"), eq("country", "DE")))),
        Arguments.of("EMAILS[ TYPE EQ \"work\" ]", valuePath("EMAILS", eq("TYPE", "work"))),
        Arguments.of(
            "userType eq \"Employee\" and emails[type eq \"work\"]",
            and(eq("userType", "Employee"), valuePath("emails", eq("type", "work")))),
        Arguments.of(
            "emails[type eq \"work\"] or ims[type eq \"xmpp\"]",
            or(valuePath("emails", eq("type", "work")), valuePath("ims", eq("type", "xmpp")))),
        Arguments.of(
            "not (emails[type eq \"work\"])", not(valuePath("emails", eq("type", "work")))),
        Arguments.of(
            "emails[type eq \"work\"] and emails[value ew \".org\"]",
            and(
                valuePath("emails", eq("type", "work")),
                valuePath("emails", cmp("value", CompareOp.EW, str(".org"))))),
        Arguments.of("emails[value eq \"a]b[c\"]", valuePath("emails", eq("value", "a]b[c"))));
  }

  @ParameterizedTest
  @MethodSource("valuePaths")
  void parsesValuePathFilters(String filter, Filter expected) {
    assertThat(FilterParser.parse(filter)).isEqualTo(expected);
  }

  @Test
  void parsesUrnQualifiedValuePath() {
    Filter filter =
        FilterParser.parse("urn:ietf:params:scim:schemas:core:2.0:User:emails[type eq \"work\"]");

    assertThat(filter)
        .isEqualTo(
            new ValuePathFilter(
                new AttributePath("urn:ietf:params:scim:schemas:core:2.0:User", "emails", null),
                eq("type", "work")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "emails[type eq \"work\"].value eq \"x\"  | Unexpected '.value' at position 22 (expected"
            + " 'and', 'or' or end of input)",
        "emails[type eq \"work\"].value            | Unexpected '.value' at position 22",
        "emails[a[b pr]]                          | Unexpected '[' at position 8 (value paths"
            + " cannot be nested)",
        "emails[a pr and b[c pr]]                 | Unexpected '[' at position 17 (value paths"
            + " cannot be nested)",
        "emails[]                                 | Unexpected ']' at position 7 (expected 'not',"
            + " '(' or an attribute name)",
        "emails[type eq \"work\"                  | Unexpected end of input at position 21"
            + " (expected 'and', 'or' or ']')",
        "emails type eq \"work\"]                 | Unexpected 'type' at position 7",
        "emails[type eq \"work\")                 | Unexpected ')' at position 21",
        "emails[type eq \"work\"] pr              | Unexpected 'pr' at position 23"
      })
  void rejectsMalformedValuePaths(String filter, String message) {
    assertThatThrownBy(() -> FilterParser.parse(filter.strip()))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageStartingWith(message.strip());
  }
}
