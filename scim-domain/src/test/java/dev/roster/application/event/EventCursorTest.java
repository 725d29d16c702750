package dev.roster.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.domain.common.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventCursorTest {
  @ParameterizedTest
  @ValueSource(longs = {0, 1, 42, Long.MAX_VALUE})
  void aCursorGivesBackItsPosition(long position) {
    assertThat(EventCursor.decode(EventCursor.encode(position))).isEqualTo(position);
  }

  @Test
  void noCursorStartsFromTheBeginning() {
    assertThat(EventCursor.decode(null)).isZero();
    assertThat(EventCursor.decode(" ")).isZero();
  }

  @Test
  void theCursorIsOpaqueNotAPlainNumber() {
    assertThat(EventCursor.encode(42)).doesNotContain("42");
  }

  @ParameterizedTest
  @ValueSource(strings = {"42", "not a cursor", "%%%", "ZXYxOg"})
  void anythingElseIsRefusedWithWhatToDo(String cursor) {
    assertThatThrownBy(() -> EventCursor.decode(cursor))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'after'");
  }

  @Test
  void aNegativePositionIsRefused() {
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("ev1:-5".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> EventCursor.decode(forged)).isInstanceOf(ValidationException.class);
  }
}
