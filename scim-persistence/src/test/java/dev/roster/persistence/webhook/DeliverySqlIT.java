package dev.roster.persistence.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.DeliveryQueue.Claimed;
import dev.roster.domain.webhook.DeliveryQueue.Delivered;
import dev.roster.domain.webhook.DeliveryQueue.NewDelivery;
import dev.roster.domain.webhook.DeliveryQueue.Result;
import dev.roster.domain.webhook.DeliveryQueue.RetryAt;
import dev.roster.persistence.TestDatabase;
import dev.roster.persistence.TestRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The delivery queue's claim on PostgreSQL and H2: only the oldest pending delivery of each
 * (webhook, organization) is claimable; a lease hides a claimed delivery until it is recorded or
 * the lease ends (a node that died mid-delivery is replaced); a failing head holds back only its
 * own organization; disabled webhooks are not claimed; and on PostgreSQL two nodes claiming at once
 * get disjoint deliveries without waiting for each other.
 */
class DeliverySqlIT {
  private static final Instant T = Instant.parse("2026-06-01T12:00:00Z");

  static Stream<TestDatabase> databases() {
    return TestDatabase.both("roster_delivery_sql");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void claimsTheHeadOfEachStreamUnderALease(TestDatabase db) throws Exception {
    db.create();
    try {
      db.flyway().load().migrate();
      try (Connection c = db.connect()) {
        UUID orgA = org(c);
        UUID orgB = org(c);
        UUID webhook = webhook(c, false);
        List<UUID> a = events(c, orgA, 1, 2, 3);
        List<UUID> b = events(c, orgB, 4);
        DeliverySql.enqueue(
            c,
            List.of(
                new NewDelivery(webhook, a.get(1), orgA, 2),
                new NewDelivery(webhook, a.get(0), orgA, 1),
                new NewDelivery(webhook, a.get(2), orgA, 3),
                new NewDelivery(webhook, b.get(0), orgB, 4)),
            T);

        List<Claimed> first = DeliverySql.claim(c, 10, 1, T, T.plusSeconds(30), "node-a");
        assertThat(first).extracting(d -> d.event().position()).containsExactly(1L, 4L);
        assertThat(first.get(0).event().type()).isEqualTo("user.created");
        // Leased: nothing more is due, not even the second of A (its head is still pending).
        assertThat(DeliverySql.claim(c, 10, 1, T.plusSeconds(1), T.plusSeconds(31), "node-a"))
            .isEmpty();

        // A's head fails and waits for its retry; B's is delivered; nothing else of A moves.
        Claimed aHead = first.get(0);
        DeliverySql.record(
            c, List.of(new Result(aHead, attempt(aHead, 500), new RetryAt(T.plusSeconds(10)))), T);
        DeliverySql.record(
            c, List.of(new Result(first.get(1), attempt(first.get(1), 200), new Delivered())), T);
        assertThat(DeliverySql.claim(c, 10, 1, T.plusSeconds(5), T.plusSeconds(35), "node-a"))
            .isEmpty();

        // Retry due: the same head again, then the next one only after it is delivered.
        List<Claimed> retry =
            DeliverySql.claim(c, 10, 1, T.plusSeconds(10), T.plusSeconds(40), "node-a");
        assertThat(retry).extracting(Claimed::id).containsExactly(aHead.id());
        assertThat(retry.get(0).attempts()).isEqualTo(1);
        assertThat(retry.get(0).firstAttemptAt()).isEqualTo(T);
        DeliverySql.record(
            c,
            List.of(new Result(retry.get(0), attempt(retry.get(0), 204), new Delivered())),
            T.plusSeconds(10));
        List<Claimed> second =
            DeliverySql.claim(c, 10, 1, T.plusSeconds(11), T.plusSeconds(41), "node-a");
        assertThat(second).extracting(d -> d.event().position()).containsExactly(2L);

        // The node holding it dies: once its lease ends another node claims it again.
        assertThat(DeliverySql.claim(c, 10, 1, T.plusSeconds(40), T.plusSeconds(70), "node-a"))
            .isEmpty();
        assertThat(DeliverySql.claim(c, 10, 1, T.plusSeconds(41), T.plusSeconds(71), "node-b"))
            .extracting(Claimed::id)
            .containsExactly(second.get(0).id());

        // node-b dies and restarts: it ends its own leases at once, not another node's.
        assertThat(DeliverySql.releaseHeldBy(c, "node-a", T.plusSeconds(42))).isZero();
        assertThat(DeliverySql.releaseHeldBy(c, "node-b", T.plusSeconds(42))).isEqualTo(1);
        assertThat(DeliverySql.claim(c, 10, 1, T.plusSeconds(42), T.plusSeconds(72), "node-b"))
            .extracting(Claimed::id)
            .containsExactly(second.get(0).id());
      }
    } finally {
      db.drop();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aStreamIsClaimedWithItsNextDeliveriesUnlessItsHeadFailedBefore(TestDatabase db)
      throws Exception {
    db.create();
    try {
      db.flyway().load().migrate();
      try (Connection c = db.connect()) {
        UUID orgA = org(c);
        UUID orgB = org(c);
        UUID webhook = webhook(c, false);
        List<UUID> a = events(c, orgA, 1, 2, 3, 4);
        List<UUID> b = events(c, orgB, 5);
        List<NewDelivery> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          all.add(new NewDelivery(webhook, a.get(i), orgA, i + 1));
        }
        all.add(new NewDelivery(webhook, b.get(0), orgB, 5));
        DeliverySql.enqueue(c, all, T);

        List<Claimed> first = DeliverySql.claim(c, 10, 3, T, T.plusSeconds(30), "node-a");
        assertThat(first).extracting(d -> d.event().position()).containsExactly(1L, 2L, 3L, 5L);
        assertThat(DeliverySql.claim(c, 10, 3, T, T.plusSeconds(30), "node-a")).isEmpty();

        // 1 delivered, 2 failed: 3 was not sent and is released; 2 is A's head until its retry.
        DeliverySql.record(
            c,
            List.of(
                new Result(first.get(0), attempt(first.get(0), 200), new Delivered()),
                new Result(
                    first.get(1), attempt(first.get(1), 500), new RetryAt(T.plusSeconds(10)))),
            T);
        DeliverySql.release(c, List.of(first.get(2).id()));
        assertThat(DeliverySql.claim(c, 10, 3, T.plusSeconds(1), T.plusSeconds(31), "node-a"))
            .isEmpty();
        // The retry probes the failing endpoint with the head alone; the rest follow its success.
        List<Claimed> retry =
            DeliverySql.claim(c, 10, 3, T.plusSeconds(10), T.plusSeconds(40), "node-a");
        assertThat(retry).extracting(d -> d.event().position()).containsExactly(2L);
        DeliverySql.record(
            c,
            List.of(new Result(retry.get(0), attempt(retry.get(0), 204), new Delivered())),
            T.plusSeconds(10));
        assertThat(DeliverySql.claim(c, 10, 3, T.plusSeconds(11), T.plusSeconds(41), "node-a"))
            .extracting(d -> d.event().position())
            .containsExactly(3L, 4L);
      }
    } finally {
      db.drop();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void disabledWebhooksAreNotClaimedAndTheDispatchPositionMoves(TestDatabase db) throws Exception {
    db.create();
    try {
      db.flyway().load().migrate();
      try (Connection c = db.connect()) {
        UUID org = org(c);
        UUID disabled = webhook(c, true);
        List<UUID> e = events(c, org, 1);
        DeliverySql.enqueue(c, List.of(new NewDelivery(disabled, e.get(0), org, 1)), T);
        assertThat(DeliverySql.claim(c, 10, 1, T, T.plusSeconds(30), "node-a")).isEmpty();

        assertThat(DeliverySql.lockDispatchPosition(c)).isZero();
        assertThat(DeliverySql.eventsAfter(c, 0, 10)).hasSize(1);
        DeliverySql.advanceDispatchPosition(c, 1);
        assertThat(DeliverySql.lockDispatchPosition(c)).isEqualTo(1);
        assertThat(DeliverySql.eventsAfter(c, 1, 10)).isEmpty();
      }
    } finally {
      db.drop();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void twoNodesClaimingAtOnceGetDisjointDeliveries(TestDatabase db) throws Exception {
    if (!db.postgres()) {
      return; // The embedded database runs one node.
    }
    db.create();
    try {
      db.flyway().load().migrate();
      try (Connection setup = db.connect();
          Connection node1 = db.connect();
          Connection node2 = db.connect()) {
        UUID webhook = webhook(setup, false);
        List<NewDelivery> heads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          UUID org = org(setup);
          heads.add(new NewDelivery(webhook, events(setup, org, i + 1).get(0), org, i + 1));
        }
        DeliverySql.enqueue(setup, heads, T);
        node1.setAutoCommit(false);
        node2.setAutoCommit(false);

        // Node 1 holds its claim's row locks (not committed yet); node 2 does not wait for them.
        List<Claimed> one = DeliverySql.claim(node1, 12, 1, T, T.plusSeconds(30), "node-a");
        List<Claimed> two = DeliverySql.claim(node2, 12, 1, T, T.plusSeconds(30), "node-a");
        node1.commit();
        node2.commit();

        assertThat(one).hasSize(12);
        assertThat(two).hasSize(8);
        assertThat(Stream.concat(one.stream(), two.stream()).map(Claimed::id).distinct())
            .hasSize(20);
      }
    } finally {
      db.drop();
    }
  }

  /**
   * An endpoint down for a while leaves thousands of pending deliveries, while the statistics,
   * taken when nearly all were delivered, still say there are none. The claim must still walk the
   * pending-stream index (a few pages), not the backlog once per pending delivery: it read 1.8
   * million buffers over 4,000 pending deliveries before V15_1.
   */
  @ParameterizedTest
  @MethodSource("databases")
  void aClaimOverABacklogReadsAFewPagesWhateverTheStatisticsSay(TestDatabase db) throws Exception {
    if (!db.postgres()) {
      return; // The plan is PostgreSQL's; the embedded database has its own plain claim.
    }
    db.create();
    try {
      db.flyway().load().migrate();
      try (Connection c = db.connect()) {
        Statements.update(c, "alter table webhook_delivery set (autovacuum_enabled = false)");
        UUID org = org(c);
        UUID webhook = webhook(c, false);
        DeliverySql.enqueue(c, deliveries(webhook, org, 1, 3000), T);
        Statements.update(c, "update webhook_delivery set state = 'DELIVERED'");
        Statements.update(c, "analyze webhook_delivery");
        List<NewDelivery> backlog = deliveries(webhook, org, 3001, 3000);
        backlog.set(0, new NewDelivery(webhook, events(c, org, 3001).get(0), org, 3001));
        DeliverySql.enqueue(c, backlog, T);

        long buffers;
        try (PreparedStatement explain =
            c.prepareStatement(
                "explain (analyze, buffers, format json) " + DeliverySql.PG_DUE_HEADS)) {
          Statements.bind(explain, T, T, T, 32);
          try (ResultSet r = explain.executeQuery()) {
            r.next();
            buffers =
                Pattern.compile("\"Shared Hit Blocks\": (\\d+)")
                    .matcher(r.getString(1))
                    .results()
                    .mapToLong(m -> Long.parseLong(m.group(1)))
                    .max()
                    .orElseThrow();
          }
        }
        assertThat(buffers).as("buffers the claim read").isLessThan(300);
        assertThat(DeliverySql.claim(c, 32, 1, T, T.plusSeconds(30), "node-a"))
            .extracting(d -> d.event().position())
            .containsExactly(3001L);
      }
    } finally {
      db.drop();
    }
  }

  private static List<NewDelivery> deliveries(UUID webhook, UUID org, long from, int count) {
    List<NewDelivery> all = new ArrayList<>();
    for (long p = from; p < from + count; p++) {
      all.add(new NewDelivery(webhook, UUID.randomUUID(), org, p));
    }
    return all;
  }

  private static DeliveryAttempt attempt(Claimed d, int status) {
    return new DeliveryAttempt(d.id(), T, 5, status, "ok", null);
  }

  private static UUID org(Connection c) throws Exception {
    UUID id = UUID.randomUUID();
    TestRows.organization(c, id);
    return id;
  }

  private static UUID webhook(Connection c, boolean disabled) throws Exception {
    UUID id = UUID.randomUUID();
    Statements.update(
        c,
        "insert into webhook (id, url, secret_encrypted, created_at, disabled_at)"
            + " values (?, 'https://example.com/', 'v1:x', ?, ?)",
        id,
        T,
        disabled ? T : null);
    return id;
  }

  private static List<UUID> events(Connection c, UUID org, long... positions) throws Exception {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into event (id, organization_id, type, occurred_at, data, position)"
                + " values (?, ?, 'user.created', ?, '{}', ?)")) {
      for (long position : positions) {
        UUID id = UUID.randomUUID();
        s.setObject(1, id);
        s.setObject(2, org);
        s.setTimestamp(3, Timestamp.from(T));
        s.setLong(4, position);
        s.executeUpdate();
        ids.add(id);
      }
    }
    return ids;
  }
}
