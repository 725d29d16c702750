package dev.roster.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.scim.filter.FilterValue.StringValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A visitor that writes a tree back as a fully parenthesised, canonical filter. */
class FilterVisitorTest {

  private static final FilterVisitor<String> PRINTER =
      new FilterVisitor<>() {
        @Override
        public String visitComparison(Comparison c) {
          FilterValue value = c.value();
          String written =
              value instanceof StringValue s
                  ? "\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                  : String.valueOf(value.javaValue());
          return c.path().fullName() + " " + c.op().scimName() + " " + written;
        }

        @Override
        public String visitPresent(Present p) {
          return p.path().fullName() + " pr";
        }

        @Override
        public String visitAnd(And a) {
          return "(" + a.left().accept(this) + " and " + a.right().accept(this) + ")";
        }

        @Override
        public String visitOr(Or o) {
          return "(" + o.left().accept(this) + " or " + o.right().accept(this) + ")";
        }

        @Override
        public String visitNot(Not n) {
          return "not (" + n.inner().accept(this) + ")";
        }

        @Override
        public String visitValuePath(ValuePathFilter v) {
          return v.attribute().fullName() + "[" + v.inner().accept(this) + "]";
        }
      };

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "userName Eq \"bjensen\"                 | userName eq \"bjensen\"",
        "title PR                                | title pr",
        "a pr OR b pr AND c pr                   | (a pr or (b pr and c pr))",
        "NOT (a pr) and b gt 5                   | (not (a pr) and b gt 5)",
        "x eq TRUE or y eq Null                  | (x eq true or y eq null)",
        "emails[type eq work and value co \"@x\"] | emails[(type eq \"work\" and value co \"@x\")]",
        "name.givenName sw \"a\\\"b\"             | name.givenName sw \"a\\\"b\"",
        "urn:a:b:c.d eq -1.50                    | urn:a:b:c.d eq -1.50"
      })
  void dispatchesEveryNodeType(String filter, String canonical) {
    Filter tree = FilterParser.parse(filter);

    assertThat(tree.accept(PRINTER)).isEqualTo(canonical);
    assertThat(FilterParser.parse(canonical)).isEqualTo(tree);
  }
}
