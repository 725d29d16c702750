package dev.roster.scim.filter;

import static dev.roster.scim.filter.FilterFixtures.and;
import static dev.roster.scim.filter.FilterFixtures.eq;
import static dev.roster.scim.filter.FilterFixtures.pr;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresentOperatorTest {

  @ParameterizedTest
  @CsvSource({
    "title pr,                 title",
    "title PR,                 title",
    "title Pr,                 title",
    "name.familyName pr,       name.familyName",
    "  emails   pr  ,          emails"
  })
  void parsesPresent(String filter, String path) {
    assertThat(FilterParser.parse(filter)).isEqualTo(pr(path));
  }

  @Test
  void combinesWithComparisons() {
    assertThat(FilterParser.parse("title pr and userType eq \"Employee\""))
        .isEqualTo(and(pr("title"), eq("userType", "Employee")));
  }

  @Test
  void parsesUrnQualifiedPresent() {
    Filter filter =
        FilterParser.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager pr");

    assertThat(filter)
        .isEqualTo(
            new Present(
                new AttributePath(
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                    "manager",
                    null)));
  }
}
