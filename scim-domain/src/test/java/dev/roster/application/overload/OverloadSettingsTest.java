package dev.roster.application.overload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverloadSettingsTest {
  @Test
  void scimKeepsAQuarterOfTheDatabasePoolFree() {
    assertThat(OverloadSettings.defaultMaxInFlight(40)).isEqualTo(30);
    assertThat(OverloadSettings.defaultMaxInFlight(4)).isEqualTo(3);
    assertThat(OverloadSettings.defaultMaxInFlight(1)).isEqualTo(1);
  }
}
