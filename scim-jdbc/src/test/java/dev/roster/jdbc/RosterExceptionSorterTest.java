package dev.roster.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class RosterExceptionSorterTest {
  private final RosterExceptionSorter sorter = new RosterExceptionSorter();

  @Test
  void connectionFailuresAndEndedSessionsAreFatal() {
    for (String state : new String[] {"08006", "08003", "08001", "57P01", "57P02", "57P05"}) {
      assertThat(sorter.isExceptionFatal(new SQLException("x", state))).as(state).isTrue();
    }
  }

  @Test
  void errorsOfTheStatementAreNot() {
    for (String state : new String[] {"23505", "22001", "40001", "57014", "42P01"}) {
      assertThat(sorter.isExceptionFatal(new SQLException("x", state))).as(state).isFalse();
    }
    assertThat(sorter.isExceptionFatal(new SQLException("no state"))).isFalse();
  }

  @Test
  void aBrokenConnectionBehindABatchFailureIsFatal() {
    SQLException batch = new SQLException("Batch entry 0 was aborted", "22001");
    batch.setNextException(new SQLException("An I/O error occurred", "08006"));
    assertThat(sorter.isExceptionFatal(batch)).isTrue();
  }
}
