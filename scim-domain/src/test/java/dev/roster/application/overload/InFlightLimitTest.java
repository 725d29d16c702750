package dev.roster.application.overload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InFlightLimitTest {
  private static final long MS = 1_000_000L;

  @Test
  void admitsUpToTheLimitThenRefusesAfterTheWait() {
    InFlightLimit limit = new InFlightLimit();
    assertThat(limit.tryEnter(2, 0)).isTrue();
    assertThat(limit.tryEnter(2, 0)).isTrue();
    long start = System.nanoTime();
    assertThat(limit.tryEnter(2, 50 * MS)).isFalse();
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(50 * MS);
    assertThat(limit.inFlight()).isEqualTo(2);
  }

  @Test
  void aWaitingRequestGetsThePlaceOneLeaves() throws Exception {
    InFlightLimit limit = new InFlightLimit();
    assertThat(limit.tryEnter(1, 0)).isTrue();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> waiting = pool.submit(() -> limit.tryEnter(1, 5_000 * MS));
      Thread.sleep(50);
      assertThat(waiting.isDone()).isFalse();
      limit.leave();
      assertThat(waiting.get(1, TimeUnit.SECONDS)).isTrue();
      assertThat(limit.inFlight()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void noMoreWaitThanMayBeInFlightTheRestAreRefusedAtOnce() throws Exception {
    InFlightLimit limit = new InFlightLimit();
    assertThat(limit.tryEnter(1, 0)).isTrue();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> waiting = pool.submit(() -> limit.tryEnter(1, 5_000 * MS));
      while (!limit.hasWaiting()) {
        Thread.sleep(5);
      }
      long start = System.nanoTime();
      assertThat(limit.tryEnter(1, 5_000 * MS)).isFalse();
      assertThat(System.nanoTime() - start).isLessThan(1_000 * MS);
      limit.leave();
      assertThat(waiting.get(1, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void zeroMeansNoLimit() {
    InFlightLimit limit = new InFlightLimit();
    for (int i = 0; i < 1000; i++) {
      assertThat(limit.tryEnter(0, 0)).isTrue();
    }
    assertThat(limit.inFlight()).isEqualTo(1000);
  }

  @Test
  void aLoweredLimitAppliesToTheNextRequest() {
    InFlightLimit limit = new InFlightLimit();
    assertThat(limit.tryEnter(10, 0)).isTrue();
    assertThat(limit.tryEnter(10, 0)).isTrue();
    assertThat(limit.tryEnter(1, 0)).isFalse();
    limit.leave();
    limit.leave();
    assertThat(limit.tryEnter(1, 0)).isTrue();
  }

  @Test
  void anInterruptedWaitIsARefusalThatKeepsTheInterrupt() {
    InFlightLimit limit = new InFlightLimit();
    limit.tryEnter(1, 0);
    Thread.currentThread().interrupt();
    try {
      assertThat(limit.tryEnter(1, 1_000 * MS)).isFalse();
      assertThat(Thread.interrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(limit.inFlight()).isEqualTo(1);
  }

  @Test
  void leavingMoreThanEnteredIsABug() {
    assertThatThrownBy(() -> new InFlightLimit().leave()).isInstanceOf(IllegalStateException.class);
  }

  /** The count returns to zero under contention, whatever the requests do in between. */
  @Test
  void theCountNeverLeaksUnderContention() throws Exception {
    InFlightLimit limit = new InFlightLimit();
    AtomicInteger admitted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger highest = new AtomicInteger();
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 2_000; i++) {
                    if (!limit.tryEnter(4, i % 3 == 0 ? 0 : MS)) {
                      refused.incrementAndGet();
                      continue;
                    }
                    try {
                      highest.accumulateAndGet(limit.inFlight(), Math::max);
                      admitted.incrementAndGet();
                      if (i % 7 == 0) {
                        throw new IllegalStateException("a failing request");
                      }
                    } catch (IllegalStateException expected) {
                      // what a failing resource does; the caller's finally still leaves
                    } finally {
                      limit.leave();
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(limit.inFlight()).isZero();
    assertThat(highest.get()).isLessThanOrEqualTo(4);
    assertThat(admitted.get() + refused.get()).isEqualTo(threads * 2_000);
    assertThat(admitted.get()).isPositive();
  }
}
