package dev.roster.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.domain.common.ValidationException;
import dev.roster.domain.event.EventTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventQueryServiceTest {
  @Test
  void typesAreACommaSeparatedListOfKnownTypes() {
    assertThat(EventQueryService.types(null)).isEmpty();
    assertThat(EventQueryService.types(" user.created , group.deleted,,"))
        .containsExactly(EventTypes.USER_CREATED, EventTypes.GROUP_DELETED);
    assertThatThrownBy(() -> EventQueryService.types("user.created,user.exploded"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("user.exploded")
        .hasMessageContaining(EventTypes.SSO_DEACTIVATED);
  }

  @Test
  void limitDefaultsTo100AndIsAtMost1000() {
    assertThat(EventQueryService.limit(null)).isEqualTo(100);
    assertThat(EventQueryService.limit("1000")).isEqualTo(1000);
    assertThat(EventQueryService.limit(" 1 ")).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "1001", "many", "1.5"})
  void otherLimitsAreRefused(String limit) {
    assertThatThrownBy(() -> EventQueryService.limit(limit))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'limit'");
  }

  @Test
  void everyTypeIsNamedOnceAndFollowsTheResourceDotChangeForm() {
    assertThat(EventTypes.ALL).doesNotHaveDuplicates().hasSize(17);
    assertThat(EventTypes.ALL).allMatch(t -> t.matches("[a-z]+\\.[a-z_]+"));
  }
}
