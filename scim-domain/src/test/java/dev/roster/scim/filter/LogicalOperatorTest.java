package dev.roster.scim.filter;

import static dev.roster.scim.filter.FilterFixtures.and;
import static dev.roster.scim.filter.FilterFixtures.not;
import static dev.roster.scim.filter.FilterFixtures.or;
import static dev.roster.scim.filter.FilterFixtures.pr;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LogicalOperatorTest {

  private static final Filter A = pr("a");
  private static final Filter B = pr("b");
  private static final Filter C = pr("c");
  private static final Filter D = pr("d");

  @ParameterizedTest
  @ValueSource(strings = {"and", "AND", "And", "aNd"})
  void andIgnoresCase(String keyword) {
    assertThat(FilterParser.parse("a pr " + keyword + " b pr")).isEqualTo(and(A, B));
  }

  @ParameterizedTest
  @ValueSource(strings = {"or", "OR", "Or", "oR"})
  void orIgnoresCase(String keyword) {
    assertThat(FilterParser.parse("a pr " + keyword + " b pr")).isEqualTo(or(A, B));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not", "NOT", "Not", "nOt"})
  void notIgnoresCase(String keyword) {
    assertThat(FilterParser.parse(keyword + " (a pr)")).isEqualTo(not(A));
  }

  static Stream<Arguments> precedence() {
    return Stream.of(
        // chains nest to the left
        Arguments.of("a pr and b pr and c pr", and(and(A, B), C)),
        Arguments.of("a pr or b pr or c pr", or(or(A, B), C)),
        // and binds tighter than or
        Arguments.of("a pr or b pr and c pr", or(A, and(B, C))),
        Arguments.of("a pr and b pr or c pr", or(and(A, B), C)),
        Arguments.of("a pr and b pr or c pr and d pr", or(and(A, B), and(C, D))),
        Arguments.of("a pr or b pr and c pr or d pr", or(or(A, and(B, C)), D)),
        // not applies to its group only, and binds tighter than and
        Arguments.of("not (a pr) and b pr", and(not(A), B)),
        Arguments.of("a pr and not (b pr)", and(A, not(B))),
        Arguments.of("not (a pr) or b pr and c pr", or(not(A), and(B, C))),
        Arguments.of("not (a pr or b pr)", not(or(A, B))),
        Arguments.of("not (not (a pr))", not(not(A))),
        Arguments.of("not(a pr)", not(A)),
        // parentheses override precedence and leave no node of their own
        Arguments.of("(a pr or b pr) and c pr", and(or(A, B), C)),
        Arguments.of("a pr and (b pr or c pr)", and(A, or(B, C))),
        Arguments.of("(a pr)", A),
        Arguments.of("((((a pr))))", A),
        Arguments.of("(a pr and b pr) and c pr", and(and(A, B), C)),
        Arguments.of("a pr and (b pr and c pr)", and(A, and(B, C))),
        Arguments.of("(a pr or b pr) and (c pr or d pr)", and(or(A, B), or(C, D))),
        Arguments.of("( a pr )and( b pr )", and(A, B)));
  }

  @ParameterizedTest
  @MethodSource("precedence")
  void respectsPrecedenceAndParentheses(String filter, Filter expected) {
    assertThat(FilterParser.parse(filter)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("precedence")
  void isIndependentOfKeywordCase(String filter, Filter expected) {
    String shouted =
        filter.replace("and", "AND").replace("or", "Or").replace("not", "NOT").replace("pr", "PR");

    assertThat(FilterParser.parse(shouted)).isEqualTo(expected);
  }
}
