package dev.roster.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRetentionTest {
  /** Batches that delete what they are told, and remember what they were asked. */
  static final class FakeBatches extends EventBatches {
    final Deque<Integer> deleted;
    final List<Instant> cutoffs = new ArrayList<>();

    FakeBatches(Integer... deleted) {
      this.deleted = new ArrayDeque<>(List.of(deleted));
    }

    @Override
    public int deleteOlderThan(Instant cutoff, int max) {
      cutoffs.add(cutoff);
      assertThat(max).isEqualTo(EventRetention.BATCH);
      return deleted.isEmpty() ? 0 : deleted.pop();
    }
  }

  @Test
  void deletesBatchAfterBatchUntilOneIsNotFull() {
    FakeBatches batches = new FakeBatches(5000, 5000, 12, 7);
    EventRetention retention = new EventRetention();
    retention.batches = batches;
    retention.retentionDays = 30;

    assertThat(retention.purge()).isEqualTo(10_012);
    assertThat(batches.cutoffs).hasSize(3);
    assertThat(batches.cutoffs.get(0))
        .isCloseTo(Instant.now().minus(Duration.ofDays(30)), within(1, ChronoUnit.MINUTES));
    assertThat(batches.deleted).containsExactly(7);
  }

  @Test
  void nothingOldIsOneEmptyBatch() {
    FakeBatches batches = new FakeBatches();
    EventRetention retention = new EventRetention();
    retention.batches = batches;
    retention.retentionDays = 7;
    assertThat(retention.purge()).isZero();
    assertThat(batches.cutoffs.get(0))
        .isCloseTo(Instant.now().minus(Duration.ofDays(7)), within(1, ChronoUnit.MINUTES));
  }
}
