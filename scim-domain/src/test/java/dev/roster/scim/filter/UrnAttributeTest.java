package dev.roster.scim.filter;

import static dev.roster.scim.filter.FilterFixtures.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrnAttributeTest {

  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";

  @ParameterizedTest
  @CsvSource({
    ENTERPRISE + ":employeeNumber, " + ENTERPRISE + ", employeeNumber,",
    ENTERPRISE + ":manager.value,  " + ENTERPRISE + ", manager,        value",
    ENTERPRISE + ":manager,        " + ENTERPRISE + ", manager,",
    CORE_USER + ":name.givenName,  " + CORE_USER + ",  name,           givenName",
    CORE_USER + ":userName,        " + CORE_USER + ",  userName,",
    "urn:ietf:params:scim:schemas:core:2.0:Group:displayName,"
        + " urn:ietf:params:scim:schemas:core:2.0:Group, displayName,",
    "URN:IETF:params:scim:schemas:core:2.0:User:Name.GivenName,"
        + " URN:IETF:params:scim:schemas:core:2.0:User, Name, GivenName",
    "urn:example:custom:1.0.2:x-Attr_1, urn:example:custom:1.0.2, x-Attr_1,",
    "urn:ietf:params:scim:schemas:core:2.0:Group:members.$ref,"
        + " urn:ietf:params:scim:schemas:core:2.0:Group, members, $ref"
  })
  void splitsSchemaUrnAttributeAndSubAttribute(
      String written, String schemaUrn, String attribute, String subAttribute) {
    AttributePath expected = new AttributePath(schemaUrn, attribute, subAttribute);

    Filter filter = FilterParser.parse(written + " eq \"x\"");

    assertThat(filter).isEqualTo(new Comparison(expected, CompareOp.EQ, str("x")));
    assertThat(expected.fullName()).isEqualTo(written);
  }

  @ParameterizedTest
  @ValueSource(strings = {"eq", "sw", "pr"})
  void worksWithAnyOperator(String op) {
    String value = op.equals("pr") ? "" : " \"701984\"";

    Filter filter = FilterParser.parse(ENTERPRISE + ":employeeNumber " + op + value);

    AttributePath path = new AttributePath(ENTERPRISE, "employeeNumber", null);
    assertThat(filter)
        .isEqualTo(
            op.equals("pr")
                ? new Present(path)
                : new Comparison(path, CompareOp.fromScimName(op), str("701984")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "urn:x eq 1             | Invalid attribute path 'urn:x' at position 0 (not a schema URN"
            + " followed by ':' and an attribute name)",
        "urn:ietf:x eq 1        | Invalid attribute path 'urn:ietf:x' at position 0 (not a schema"
            + " URN followed by ':' and an attribute name)",
        "urn:ietf:params: eq 1  | Invalid attribute path 'urn:ietf:params:' at position 0 (''"
            + " is not an attribute name)",
        "urn:a:b:2.0 eq 1       | Invalid attribute path 'urn:a:b:2.0' at position 0 ('2' is not"
            + " an attribute name)",
        "urn:a:b:c.d.e eq 1     | Invalid attribute path 'urn:a:b:c.d.e' at position 0 (at most"
            + " one sub-attribute is allowed)",
        "urn:a:b:c..d pr        | Invalid attribute path 'urn:a:b:c..d' at position 0 ('' is not"
            + " an attribute name)",
        "a pr and urn:a pr      | Invalid attribute path 'urn:a' at position 9"
      })
  void rejectsMalformedUrns(String filter, String message) {
    assertThatThrownBy(() -> FilterParser.parse(filter))
        .isInstanceOf(InvalidFilterException.class)
        .hasMessageStartingWith(message);
  }
}
