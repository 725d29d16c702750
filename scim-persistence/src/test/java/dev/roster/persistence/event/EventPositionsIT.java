package dev.roster.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.event.Event;
import dev.roster.persistence.TestDatabase;
import dev.roster.persistence.TestRows;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlReader;
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
import java.util.stream.LongStream;
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
    Outcome outcome =
        race(db, (reader, org, after) -> EventSql.readAfter(reader, after, org, Set.of(), 10));
    List<UUID> ids = outcome.read.stream().map(Event::id).toList();
    assertThat(new HashSet<>(ids)).as("no duplicates").hasSameSizeAs(ids);
    assertThat(new HashSet<>(ids)).as("read = committed").isEqualTo(outcome.committed);
    assertThat(outcome.read.stream().mapToLong(Event::position).toArray())
        .as("positions 1, 2, 3… in order")
        .containsExactly(LongStream.rangeClosed(1, outcome.committed.size()).toArray());
  }

  /**
   * The control: the same race read by insertion number (what a plain sequence gives) misses the
   * events of the transactions that began first and committed last. So the test above would catch a
   * design that skips.
   */
  @ParameterizedTest
  @MethodSource("databases")
  void readByAPlainSequenceTheSameRaceMissesEvents(TestDatabase db) throws Exception {
    Outcome outcome =
        race(
            db,
            (reader, org, after) ->
                reader.list(
                    "select id, organization_id, type, occurred_at, data, seq as position"
                        + " from event where organization_id = ? and seq > ?"
                        + " order by seq fetch first 10 rows only",
                    List.of(org, after),
                    EventRows::event));
    Set<UUID> read = new HashSet<>(outcome.read.stream().map(Event::id).toList());
    assertThat(outcome.committed).as("committed events never read").isNotEqualTo(read);
    assertThat(outcome.committed).containsAll(read);
  }

  /** How a reader reads the page after its cursor. */
  @FunctionalInterface
  interface PageReader {
    List<Event> after(SqlReader reader, UUID organizationId, long after) throws Exception;
  }

  record Outcome(List<Event> read, Set<UUID> committed) {}

  private static Outcome race(TestDatabase db, PageReader pages) throws Exception {
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
      AtomicBoolean sequencing = new AtomicBoolean(true);
      List<Future<?>> writers = new ArrayList<>();
      // Long transactions: begun first, committed after most of the others.
      for (int w = 0; w < 3; w++) {
        writers.add(pool.submit(() -> writeLong(db, org, committed)));
      }
      Thread.sleep(100);
      for (int w = 0; w < WRITERS; w++) {
        long seed = w;
        writers.add(pool.submit(() -> write(db, org, new Random(seed), committed)));
      }
      List<Future<?>> sequencers = new ArrayList<>();
      for (int s = 0; s < 2; s++) {
        sequencers.add(pool.submit(() -> sequenceWhile(db, writing)));
      }
      Future<List<Event>> reader = pool.submit(() -> readUntil(db, org, sequencing, pages));
      for (Future<?> f : writers) {
        f.get(2, TimeUnit.MINUTES);
      }
      writing.set(false);
      for (Future<?> f : sequencers) {
        f.get(1, TimeUnit.MINUTES);
      }
      sequencing.set(false);
      return new Outcome(reader.get(1, TimeUnit.MINUTES), committed);
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

  /** Pages by cursor until sequencing has ended and a page comes back empty. */
  private static List<Event> readUntil(
      TestDatabase db, UUID org, AtomicBoolean sequencing, PageReader pages) throws Exception {
    List<Event> read = new ArrayList<>();
    long after = 0;
    try (Connection c = db.connect()) {
      SqlReader reader = JdbcReads.over(c);
      while (true) {
        boolean last = !sequencing.get();
        List<Event> page = pages.after(reader, org, after);
        read.addAll(page);
        if (!page.isEmpty()) {
          after = page.get(page.size() - 1).position();
        } else if (last) {
          return read;
        } else {
          Thread.sleep(2);
        }
      }
    }
  }
}
