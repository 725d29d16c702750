package dev.roster.scim.filter;

import static dev.roster.scim.filter.FilterFixtures.NULL;
import static dev.roster.scim.filter.FilterFixtures.bool;
import static dev.roster.scim.filter.FilterFixtures.cmp;
import static dev.roster.scim.filter.FilterFixtures.eq;
import static dev.roster.scim.filter.FilterFixtures.num;
import static dev.roster.scim.filter.FilterFixtures.str;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.scim.filter.FilterValue.NumberValue;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValueLiteralTest {

  static Stream<Arguments> strings() {
    return Stream.of(
        Arguments.of("\"bjensen\"", "bjensen"),
        Arguments.of("\"\"", ""),
        Arguments.of("\" spaced  out \"", " spaced  out "),
        Arguments.of("\"say \\\"hi\\\"\"", "say \"hi\""),
        Arguments.of("\"back\\\\slash\"", "back\\slash"),
        Arguments.of("\"a\\/b\"", "a/b"),
        Arguments.of("\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t"),
        Arguments.of("\"caf\\u00e9\"", "café"),
        Arguments.of("\"\\u00C9\\u00e9\"", "Éé"),
        Arguments.of("\"\\ud83d\\ude00\"", "\ud83d\ude00"),
        Arguments.of("\"café ☕\"", "café ☕"),
        Arguments.of("\"true\"", "true"),
        Arguments.of("\"null\"", "null"),
        Arguments.of("\"42\"", "42"),
        Arguments.of("\"a and b or not (c) [d]\"", "a and b or not (c) [d]"),
        Arguments.of("\"x eq \\\"y\\\"\"", "x eq \"y\""));
  }

  @ParameterizedTest
  @MethodSource("strings")
  void decodesJsonStrings(String literal, String expected) {
    assertThat(FilterParser.parse("title eq " + literal)).isEqualTo(eq("title", expected));
  }

  static Stream<Arguments> literals() {
    return Stream.of(
        Arguments.of("7", num("7")),
        Arguments.of("-7", num("-7")),
        Arguments.of("1.50", num("1.50")),
        Arguments.of("-0.001", num("-0.001")),
        Arguments.of("6.02e23", num("6.02e23")),
        Arguments.of("12345678901234567890.123456789", num("12345678901234567890.123456789")),
        Arguments.of("true", bool(true)),
        Arguments.of("false", bool(false)),
        Arguments.of("True", bool(true)),
        Arguments.of("FALSE", bool(false)),
        Arguments.of("null", NULL),
        Arguments.of("nUlL", NULL));
  }

  @ParameterizedTest
  @MethodSource("literals")
  void parsesNumbersBooleansAndNull(String literal, FilterValue expected) {
    assertThat(FilterParser.parse("x gt " + literal)).isEqualTo(cmp("x", CompareOp.GT, expected));
  }

  @Test
  void keepsTheScaleOfDecimals() {
    Comparison comparison = (Comparison) FilterParser.parse("price le 1.50");

    assertThat(((NumberValue) comparison.value()).value()).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void exposesPlainJavaValues() {
    assertThat(str("a").javaValue()).isEqualTo("a");
    assertThat(num("1.5").javaValue()).isEqualTo(new BigDecimal("1.5"));
    assertThat(bool(true).javaValue()).isEqualTo(Boolean.TRUE);
    assertThat(NULL.javaValue()).isNull();
  }
}
