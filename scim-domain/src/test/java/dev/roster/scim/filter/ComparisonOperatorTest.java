package dev.roster.scim.filter;

import static dev.roster.scim.filter.FilterFixtures.cmp;
import static dev.roster.scim.filter.FilterFixtures.eq;
import static dev.roster.scim.filter.FilterFixtures.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComparisonOperatorTest {

  @ParameterizedTest
  @EnumSource(CompareOp.class)
  void parsesEveryOperator(CompareOp op) {
    Filter filter = FilterParser.parse("userName " + op.scimName() + " \"bjensen\"");

    assertThat(filter).isEqualTo(cmp("userName", op, str("bjensen")));
  }

  @ParameterizedTest
  @CsvSource({
    "eq, EQ", "Eq, EQ", "eQ, EQ", "EQ, EQ",
    "NE, NE", "Co, CO", "sW, SW", "EW, EW",
    "Gt, GT", "gE, GE", "LT, LT", "Le, LE"
  })
  void operatorsIgnoreCase(String written, CompareOp op) {
    Filter filter = FilterParser.parse("title " + written + " \"x\"");

    assertThat(filter).isEqualTo(cmp("title", op, str("x")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "userName eq \"bjensen\"",
        "  userName eq \"bjensen\"  ",
        "userName\teq\t\"bjensen\"",
        "userName   eq   \"bjensen\"",
        "userName\neq\r\n\"bjensen\"",
        "userName eq\"bjensen\""
      })
  void acceptsAnyWhitespace(String filter) {
    assertThat(FilterParser.parse(filter)).isEqualTo(eq("userName", "bjensen"));
  }

  @ParameterizedTest
  @CsvSource({
    "userName eq \"x\",         userName",
    "USERNAME eq \"x\",         USERNAME",
    "name.givenName eq \"x\",   name.givenName",
    "Name.GivenName eq \"x\",   Name.GivenName",
    "members.$ref eq \"x\",     members.$ref",
    "x-custom_attr1 eq \"x\",   x-custom_attr1",
    "equality eq \"x\",         equality",
    "prefix eq \"x\",           prefix",
    "notes eq \"x\",            notes",
    "android eq \"x\",          android",
    "orders eq \"x\",           orders"
  })
  void keepsAttributeNamesAsWritten(String filter, String path) {
    assertThat(FilterParser.parse(filter)).isEqualTo(eq(path, "x"));
  }

  @Test
  void scimNameIsLowerCase() {
    assertThat(CompareOp.GE.scimName()).isEqualTo("ge");
  }

  @ParameterizedTest
  @CsvSource({"eq, EQ", "Sw, SW", "LE, LE"})
  void fromScimNameIgnoresCase(String name, CompareOp op) {
    assertThat(CompareOp.fromScimName(name)).isEqualTo(op);
  }

  @Test
  void fromScimNameRejectsPresent() {
    assertThatIllegalArgumentException().isThrownBy(() -> CompareOp.fromScimName("pr"));
  }
}
