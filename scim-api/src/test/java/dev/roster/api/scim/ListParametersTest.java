package dev.roster.api.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.scim.error.InvalidCountException;
import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.query.ResourceQuery;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

class ListParametersTest {

  private static ResourceQuery parse(String... keysAndValues) {
    MultivaluedHashMap<String, String> params = new MultivaluedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params.add(keysAndValues[i], keysAndValues[i + 1]);
    }
    return ListParameters.fromQuery(params).query();
  }

  @Test
  void withoutCursorPagingIsByIndexAsBefore() {
    ResourceQuery q = parse("startIndex", "3", "count", "0");
    assertThat(q.cursorPaged()).isFalse();
    assertThat(q.startIndex()).isEqualTo(3);
    assertThat(q.count()).isZero();
    assertThat(parse("count", "-5").count()).isZero();
    assertThat(parse("count", "5000").count()).isEqualTo(1000);
  }

  @Test
  void anEmptyCursorStartsCursorPaging() {
    ResourceQuery q = parse("cursor", "", "count", "10");
    assertThat(q.cursorPaged()).isTrue();
    assertThat(q.cursor()).isEmpty();
    assertThat(q.count()).isEqualTo(10);
    assertThat(parse("CURSOR", "abc").cursor()).isEqualTo("abc");
    assertThat(parse("cursor", "").count()).isEqualTo(ListParameters.DEFAULT_COUNT);
  }

  @Test
  void startIndexAndCursorTogetherAreInvalid() {
    assertThatThrownBy(() -> parse("cursor", "", "startIndex", "1"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("startIndex and cursor cannot be used together");
  }

  @Test
  void cursorPagingNeedsACountFrom1To1000() {
    for (String count : new String[] {"0", "-1", "1001"}) {
      assertThatThrownBy(() -> parse("cursor", "", "count", count))
          .isInstanceOf(InvalidCountException.class)
          .hasMessageContaining("between 1 and 1000");
    }
    assertThat(parse("cursor", "", "count", "1000").count()).isEqualTo(1000);
  }
}
