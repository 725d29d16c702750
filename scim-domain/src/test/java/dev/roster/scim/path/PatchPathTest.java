package dev.roster.scim.path;

import static dev.roster.scim.filter.FilterFixtures.and;
import static dev.roster.scim.filter.FilterFixtures.eq;
import static dev.roster.scim.filter.FilterFixtures.not;
import static dev.roster.scim.filter.FilterFixtures.path;
import static dev.roster.scim.filter.FilterFixtures.pr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.roster.scim.filter.AttributePath;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatchPathTest {

  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String MEMBER_ID = "2819c223-7f76-453a-919d-413861904646";

  static Stream<Arguments> paths() {
    return Stream.of(
        Arguments.of("members", new PatchPath(path("members"), null, null)),
        Arguments.of("name.givenName", new PatchPath(path("name.givenName"), null, null)),
        Arguments.of("Name.GivenName", new PatchPath(path("Name.GivenName"), null, null)),
        Arguments.of(
            "emails[type eq \"work\"].value",
            new PatchPath(path("emails"), eq("type", "work"), "value")),
        Arguments.of(
            "emails[type eq \"work\"]", new PatchPath(path("emails"), eq("type", "work"), null)),
        Arguments.of(
            "members[value eq \"" + MEMBER_ID + "\"]",
            new PatchPath(path("members"), eq("value", MEMBER_ID), null)),
        Arguments.of(
            "members[value eq " + MEMBER_ID + "]",
            new PatchPath(path("members"), eq("value", MEMBER_ID), null)),
        Arguments.of(
            "addresses[type eq \"work\" and primary pr].streetAddress",
            new PatchPath(
                path("addresses"), and(eq("type", "work"), pr("primary")), "streetAddress")),
        Arguments.of(
            "emails[not (type eq \"home\")].display",
            new PatchPath(path("emails"), not(eq("type", "home")), "display")),
        Arguments.of(
            ENTERPRISE + ":manager",
            new PatchPath(new AttributePath(ENTERPRISE, "manager", null), null, null)),
        Arguments.of(
            ENTERPRISE + ":manager.value",
            new PatchPath(new AttributePath(ENTERPRISE, "manager", "value"), null, null)),
        Arguments.of(
            ENTERPRISE + ":employeeNumber",
            new PatchPath(new AttributePath(ENTERPRISE, "employeeNumber", null), null, null)),
        Arguments.of(
            CORE_USER + ":name.familyName",
            new PatchPath(new AttributePath(CORE_USER, "name", "familyName"), null, null)),
        Arguments.of(
            CORE_USER + ":emails[type eq \"work\"].value",
            new PatchPath(
                new AttributePath(CORE_USER, "emails", null), eq("type", "work"), "value")),
        Arguments.of("  members  ", new PatchPath(path("members"), null, null)),
        Arguments.of(
            "emails[ type EQ \"work\" ].value",
            new PatchPath(path("emails"), eq("type", "work"), "value")));
  }

  @ParameterizedTest
  @MethodSource("paths")
  void parsesPaths(String written, PatchPath expected) {
    assertThat(PatchPath.parse(written)).isEqualTo(expected);
  }

  @Test
  void requiresAValueFilterForASubAttributeAfterIt() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PatchPath(path("emails"), null, "value"));
  }
}
