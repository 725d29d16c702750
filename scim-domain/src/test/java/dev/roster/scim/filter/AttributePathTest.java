package dev.roster.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributePathTest {

  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  @ParameterizedTest
  @CsvSource({
    ",              userName, ,           userName",
    ",              name,     givenName,  name.givenName",
    ENTERPRISE + ", manager,  value,      " + ENTERPRISE + ":manager.value",
    ENTERPRISE + ", employeeNumber, ,     " + ENTERPRISE + ":employeeNumber"
  })
  void fullNameIsWrittenAsInAFilter(
      String schemaUrn, String attribute, String subAttribute, String fullName) {
    assertThat(new AttributePath(schemaUrn, attribute, subAttribute).fullName())
        .isEqualTo(fullName);
  }

  @Test
  void ofBuildsPathsWithoutSchema() {
    assertThat(AttributePath.of("emails")).isEqualTo(new AttributePath(null, "emails", null));
    assertThat(AttributePath.of("name", "givenName"))
        .isEqualTo(new AttributePath(null, "name", "givenName"));
  }

  @Test
  void matchesIgnoresCaseButEqualsDoesNot() {
    AttributePath written = new AttributePath("URN:X:Y", "Name", "GivenName");
    AttributePath canonical = new AttributePath("urn:x:y", "name", "givenName");

    assertThat(written.matches(canonical)).isTrue();
    assertThat(written).isNotEqualTo(canonical);
    assertThat(written.matches(AttributePath.of("name", "givenName"))).isFalse();
    assertThat(written.matches(null)).isFalse();
  }

  @Test
  void requiresAnAttribute() {
    assertThatNullPointerException().isThrownBy(() -> AttributePath.of(null));
    assertThatIllegalArgumentException().isThrownBy(() -> AttributePath.of(" "));
  }
}
