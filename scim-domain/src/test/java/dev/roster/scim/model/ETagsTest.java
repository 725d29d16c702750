package dev.roster.scim.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ETagsTest {

  @Test
  void aVersionIsAWeakTag() {
    assertThat(ETags.of(3)).isEqualTo("W/\"3\"");
  }

  @Test
  void aHeaderMatchesByWeakComparisonOrStar() {
    assertThat(ETags.matches("W/\"3\"", 3)).isTrue();
    assertThat(ETags.matches("\"3\"", 3)).isTrue();
    assertThat(ETags.matches("W/\"2\", W/\"3\"", 3)).isTrue();
    assertThat(ETags.matches(" * ", 3)).isTrue();
    assertThat(ETags.matches("W/\"4\"", 3)).isFalse();
    assertThat(ETags.matches("3", 3)).isFalse();
    assertThat(ETags.matches(null, 3)).isFalse();
  }

  @Test
  void aHeaderMatchesARenderedTagAlike() {
    assertThat(ETags.matches("\"7\"", ETags.of(7))).isTrue();
    assertThat(ETags.matches("W/\"7\"", ETags.of(7))).isTrue();
    assertThat(ETags.matches("W/\"8\"", ETags.of(7))).isFalse();
  }
}
