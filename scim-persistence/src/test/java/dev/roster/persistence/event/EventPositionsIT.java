package dev.roster.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.event.Event;
import dev.roster.persistence.TestDatabase;
import dev.roster.persistence.TestRows;
import dev.roster.persistence.common.JdbcReads;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reader paging by cursor misses nothing although transactions commit out of the order in which
 * they began: writers commit events after random pauses, some holding their transaction open long
 * (begun first, committed last); two sequencers (two nodes) and a reader run meanwhile. At the end
 * the reader has read exactly the committed events, each once, in position order, and positions run
 * 1, 2, 3… without a gap. On PostgreSQL and on the embedded H2.
 */
class EventPositionsIT {
  private static final int WRITERS = 6;
  private static final int TRANSACTIONS_PER_WRITER = 40;

  static Stream<TestDatabase> databases() {
    return TestDatabase.both("roster_events");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aReaderPagingByCursorReadsEveryCommittedEventOnceInOrder(TestDatabase db) throws Exception {
    db.create();
    ExecutorService pool = Executors.newCachedThreadPool();
    try {
      db.flyway().load().migrate();
      UUID org = UUID.randomUUID();
      try (Connection c = db.connect()) {
        TestRows.organization(c, org);
      }
      Set<UUID> committed = ConcurrentHashMap.newKeySet();
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        long seed = w;
        writers.add(pool.submit(() -> write(db, org, new Random(seed), committed)));
      }
      // Long transactions: begun now, committed after most of the others.
      for (int w = 0; w < 3; w++) {
        writers.add(pool.submit(() -> writeLong(db, org, committed)));
      }
      List<Future<?>> sequencers = new ArrayList<>();
      for (int s = 0; s < 2; s++) {
        sequencers.add(pool.submit(() -> sequenceWhile(db, writing)));
      }
      Future<List<Event>> reader = pool.submit(() -> readUntil(db, org, writing, committed));
      for (Future<?> f : writers) {
        f.get(2, TimeUnit.MINUTES);
      }
      writing.set(false);
      for (Future<?> f : sequencers) {
        f.get(1, TimeUnit.MINUTES);
      }
      List<Event> read = reader.get(1, TimeUnit.MINUTES);

      List<UUID> ids = read.stream().map(Event::id).toList();
      assertThat(new HashSet<>(ids)).as("no duplicates").hasSameSizeAs(ids);
      assertThat(new HashSet<>(ids)).as("read = committed").isEqualTo(committed);
      assertThat(read.stream().mapToLong(Event::position).toArray())
          .as("positions 1, 2, 3… in order")
          .containsExactly(java.util.stream.LongStream.rangeClosed(1, committed.size()).toArray());
    } finally {
      pool.shutdownNow();
      db.drop();
    }
  }

  private static Void write(TestDatabase db, UUID org, Random random, Set<UUID> committed)
      throws Exception {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      for (int t = 0; t < TRANSACTIONS_PER_WRITER; t++) {
        List<UUID> ids = insert(c, org, 1 + random.nextInt(3));
        Thread.sleep(random.nextInt(15));
        if (random.nextInt(10) == 0) {
          c.rollback(); // rolled back events are never read
        } else {
          c.commit();
          committed.addAll(ids);
        }
      }
    }
    return null;
  }

  private static Void writeLong(TestDatabase db, UUID org, Set<UUID> committed) throws Exception {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      List<UUID> ids = insert(c, org, 5);
      Thread.sleep(1500);
      c.commit();
      committed.addAll(ids);
    }
    return null;
  }

  private static List<UUID> insert(Connection c, UUID org, int count) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      UUID id = UUID.randomUUID();
      TestRows.insert(
          c,
          "insert into event (id, organization_id, type, occurred_at, data)"
              + " values (?, ?, 'user.created', ?, '{}')",
          id,
          org,
          TestRows.at(Instant.now()));
      ids.add(id);
    }
    return ids;
  }

  /** Sequences until writing has stopped and nothing is left. */
  private static Void sequenceWhile(TestDatabase db, AtomicBoolean writing) throws Exception {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      while (true) {
        boolean last = !writing.get();
        int n = EventSql.sequence(c, 7); // small batches: many runs interleave with commits
        c.commit();
        if (last && n == 0) {
          return null;
        }
        Thread.sleep(3);
      }
    }
  }

  private static List<Event> readUntil(
      TestDatabase db, UUID org, AtomicBoolean writing, Set<UUID> committed) throws Exception {
    List<Event> read = new ArrayList<>();
    long after = 0;
    try (Connection c = db.connect()) {
      var reader = JdbcReads.over(c);
      while (true) {
        List<Event> page = EventSql.readAfter(reader, after, org, Set.of(), 10);
        read.addAll(page);
        if (!page.isEmpty()) {
          after = page.get(page.size() - 1).position();
        } else if (!writing.get() && read.size() >= committed.size()) {
          return read;
        } else {
          Thread.sleep(2);
        }
      }
    }
  }
}
