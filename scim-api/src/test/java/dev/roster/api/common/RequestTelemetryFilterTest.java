package dev.roster.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestTelemetryFilterTest {

  @Test
  void aPlainIncomingIdIsKept() {
    assertThat(RequestTelemetryFilter.requestId("okta-7f3a.1:2@x")).isEqualTo("okta-7f3a.1:2@x");
  }

  @Test
  void aMissingOrUnsafeIdIsReplaced() {
    for (String bad :
        new String[] {
          null, "", "two words", "x\"}, {\"forged\":1", "a".repeat(129), "line\nbreak"
        }) {
      assertThat(RequestTelemetryFilter.requestId(bad))
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
  }
}
