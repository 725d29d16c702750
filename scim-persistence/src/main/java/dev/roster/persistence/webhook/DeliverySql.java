package dev.roster.persistence.webhook;

import dev.roster.domain.event.Event;
import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.DeliveryQueue.Claimed;
import dev.roster.domain.webhook.DeliveryQueue.Delivered;
import dev.roster.domain.webhook.DeliveryQueue.GiveUp;
import dev.roster.domain.webhook.DeliveryQueue.NewDelivery;
import dev.roster.domain.webhook.DeliveryQueue.Outcome;
import dev.roster.domain.webhook.DeliveryQueue.Result;
import dev.roster.domain.webhook.DeliveryQueue.RetryAt;
import dev.roster.domain.webhook.DeliveryState;
import dev.roster.persistence.common.Databases;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlParams;
import dev.roster.persistence.event.EventRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The delivery queue's writes and its claim over plain JDBC, in the caller's transaction, so that
 * {@code DeliverySqlIT} runs this very code on PostgreSQL and H2 without a server.
 */
final class DeliverySql {
  private static final String PENDING = DeliveryState.PENDING.name();

  /**
   * Due deliveries that are the oldest pending one of their (webhook, organization), of enabled
   * webhooks, not leased. Parameters: now, now, max. The embedded database's form, for one node and
   * small backlogs: it looks at every pending delivery (PostgreSQL: {@link #PG_DUE_HEADS}).
   */
  private static final String DUE =
      "select d.id from webhook_delivery d join webhook w on w.id = d.webhook_id"
          + " where d.state = '"
          + PENDING
          + "' and d.next_attempt_at <= ? and w.disabled_at is null"
          + " and (d.locked_until is null or d.locked_until <= ?)"
          + " and not exists (select 1 from webhook_delivery p where p.webhook_id = d.webhook_id"
          + "   and p.organization_id = d.organization_id and p.state = '"
          + PENDING
          + "' and p.position < d.position)"
          + " order by d.next_attempt_at, d.position fetch first ? rows only";

  private DeliverySql() {}

  /** Deliveries not yet delivered or given up, for the backlog gauge. */
  static long countPending(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select count(*) from webhook_delivery where state = ?")) {
      s.setString(1, PENDING);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The dispatcher's position, its row locked until the transaction ends. */
  static long lockDispatchPosition(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement("select position from webhook_dispatch where id = 1 for update");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static int advanceDispatchPosition(Connection c, long position) throws SQLException {
    return Statements.update(c, "update webhook_dispatch set position = ? where id = 1", position);
  }

  static List<Event> eventsAfter(Connection c, long position, int max) throws SQLException {
    List<Event> events = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select "
                + EventRows.COLUMNS
                + " from event"
                + " where position > ? order by position fetch first ? rows only")) {
      s.setLong(1, position);
      s.setInt(2, max);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          events.add(EventRows.event(r));
        }
      }
    }
    return events;
  }

  /** Inserts pending deliveries, due {@code now}, in one batch. */
  static int enqueue(Connection c, Collection<NewDelivery> deliveries, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into webhook_delivery (id, webhook_id, organization_id, event_id,"
                + " position, state, attempts, created_at, next_attempt_at)"
                + " values (?, ?, ?, ?, ?, '"
                + PENDING
                + "', 0, ?, ?)")) {
      for (NewDelivery d : deliveries) {
        Statements.bind(
            s,
            UUID.randomUUID(),
            d.webhookId(),
            d.organizationId(),
            d.eventId(),
            d.position(),
            now,
            now);
        s.addBatch();
      }
      s.executeBatch();
    }
    return deliveries.size();
  }

  /**
   * Leases the heads of up to {@code streams} due streams and up to {@code perStream - 1} followers
   * of each: four statements, whatever their number. A head that failed before is claimed alone:
   * its endpoint was failing, so the followers would most likely be leased and released unsent at
   * every retry; once the head is delivered the next claim takes them.
   */
  static List<Claimed> claim(
      Connection c, int streams, int perStream, Instant now, Instant leaseUntil, String holder)
      throws SQLException {
    List<UUID> ids =
        Databases.isPostgreSql(c)
            ? claimOnPostgreSql(c, streams, perStream, now)
            : claimOnH2(c, streams, perStream, now);
    if (ids.isEmpty()) {
      return List.of();
    }
    SqlParams p = new SqlParams();
    String lease =
        "update webhook_delivery set locked_until = "
            + p.bind(leaseUntil)
            + ", locked_by = "
            + p.bind(holder)
            + " where id in ("
            + p.bindAll(ids)
            + ")";
    Statements.update(c, lease, p.values().toArray());
    return claimed(c, ids);
  }

  /**
   * The heads of due streams, locked ({@code SKIP LOCKED}: nodes never wait for each other), then
   * their next deliveries. Both walk the pending-stream index: a few probes per stream with pending
   * deliveries (a recursive skip scan), never the whole backlog.
   */
  private static List<UUID> claimOnPostgreSql(Connection c, int streams, int perStream, Instant now)
      throws SQLException {
    List<UUID> heads = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(PG_DUE_HEADS)) {
      Statements.bind(s, now, now, now, streams);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          // Delivered by another node since the heads were read: checked here (see PG_DUE_HEADS).
          if (PENDING.equals(rs.getString("state"))) {
            heads.add(JdbcReads.uuid(rs, "id"));
          }
        }
      }
    }
    if (heads.isEmpty() || perStream <= 1) {
      return heads;
    }
    SqlParams f = new SqlParams();
    String followers =
        "select n.id from webhook_delivery h cross join lateral (select d.id from"
            + " webhook_delivery d where d.webhook_id = h.webhook_id and d.organization_id ="
            + " h.organization_id and d.state = '"
            + PENDING
            + "' and (d.position, d.seq) > (h.position, h.seq) and d.next_attempt_at <= "
            + f.bind(now)
            + " and (d.locked_until is null or d.locked_until <= "
            + f.bind(now)
            + ") order by d.position, d.seq fetch first "
            + f.bind(perStream - 1)
            + " rows only) n where h.id in ("
            + f.bindAll(heads)
            + ") and h.attempts = 0";
    List<UUID> all = new ArrayList<>(heads);
    all.addAll(ids(c, followers, f.values().toArray()));
    return all;
  }

  /**
   * The streams with pending deliveries (a recursive skip scan of the pending-stream index), the
   * head of each (its oldest pending delivery), and of those heads the ones that are due, not
   * leased and whose endpoint is enabled, locked: a head another node holds is skipped and the next
   * one taken. Parameters: now, now, now, limit.
   *
   * <p>The locking step names no state, so that only the primary key can serve it: with {@code
   * state = 'PENDING'} there, statistics that still counted nearly no pending deliveries (taken
   * before an endpoint's backlog built up) made the planner read the whole backlog through the
   * pending-stream index once per claim. The caller keeps the rows still pending.
   */
  static final String PG_DUE_HEADS =
      "with recursive streams (webhook_id, organization_id) as ("
          + "(select webhook_id, organization_id from webhook_delivery where state = '"
          + PENDING
          + "' order by webhook_id, organization_id fetch first 1 rows only)"
          + " union all select n.webhook_id, n.organization_id from streams s cross join lateral"
          + " (select p.webhook_id, p.organization_id from webhook_delivery p where p.state = '"
          + PENDING
          + "' and (p.webhook_id, p.organization_id) > (s.webhook_id, s.organization_id)"
          + " order by p.webhook_id, p.organization_id fetch first 1 rows only) n)"
          + ", heads as materialized (select h.id from streams s"
          + " join webhook w on w.id = s.webhook_id and w.disabled_at is null cross join lateral"
          + " (select p.id, p.next_attempt_at, p.locked_until from webhook_delivery p"
          + " where p.webhook_id = s.webhook_id and p.organization_id = s.organization_id"
          + " and p.state = '"
          + PENDING
          + "' order by p.position, p.seq fetch first 1 rows only) h"
          + " where h.next_attempt_at <= ? and (h.locked_until is null or h.locked_until <= ?))"
          + " select d.id, d.state from webhook_delivery d where d.id in (select id from heads)"
          + " and (d.locked_until is null or d.locked_until <= ?)"
          + " order by d.next_attempt_at, d.position for update of d skip locked"
          + " fetch first ? rows only";

  /** The embedded database runs one node: no row locks, and the plain queries are enough there. */
  private static List<UUID> claimOnH2(Connection c, int streams, int perStream, Instant now)
      throws SQLException {
    List<UUID> ids = ids(c, DUE, now, now, streams);
    if (!ids.isEmpty() && perStream > 1) {
      ids.addAll(followers(c, ids, perStream - 1, now));
    }
    return ids;
  }

  private static List<UUID> ids(Connection c, String sql, Object... params) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Statements.bind(s, params);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(JdbcReads.uuid(rs, "id"));
        }
      }
    }
    return ids;
  }

  /**
   * The next pending deliveries of the heads' streams whose head was never tried, up to {@code max}
   * per stream in position order. They need no row lock: while a stream's head is pending and
   * leased, no other node's claim can reach them.
   */
  private static List<UUID> followers(Connection c, List<UUID> heads, int max, Instant now)
      throws SQLException {
    SqlParams p = new SqlParams();
    String sql =
        "select id from (select d.id, row_number() over (partition by d.webhook_id,"
            + " d.organization_id order by d.position, d.seq) as rn from webhook_delivery d"
            + " where d.state = '"
            + PENDING
            + "' and d.next_attempt_at <= "
            + p.bind(now)
            + " and (d.locked_until is null or d.locked_until <= "
            + p.bind(now)
            + ") and d.id not in ("
            + p.bindAll(heads)
            + ") and exists (select 1 from webhook_delivery h where h.id in ("
            + p.bindAll(heads)
            + ") and h.attempts = 0 and h.webhook_id = d.webhook_id"
            + " and h.organization_id = d.organization_id)) f"
            + " where rn <= "
            + p.bind(max);
    return ids(c, sql, p.values().toArray());
  }

  /** Ends the leases {@code holder} holds on pending deliveries; returns how many. */
  static int releaseHeldBy(Connection c, String holder, Instant now) throws SQLException {
    return Statements.update(
        c,
        "update webhook_delivery set locked_until = null, locked_by = null where state = '"
            + PENDING
            + "' and locked_by = ? and locked_until > ?",
        holder,
        now);
  }

  static int release(Connection c, Collection<UUID> ids) throws SQLException {
    SqlParams p = new SqlParams();
    return Statements.update(
        c,
        "update webhook_delivery set locked_until = null, locked_by = null where id in ("
            + p.bindAll(ids)
            + ")",
        p.values().toArray());
  }

  private static List<Claimed> claimed(Connection c, List<UUID> ids) throws SQLException {
    SqlParams p = new SqlParams();
    String sql =
        "select d.id as delivery_id, d.webhook_id, d.attempts, d.first_attempt_at,"
            + " e.id, e.organization_id, e.type, e.occurred_at, e.data, e.position"
            + " from webhook_delivery d join event e on e.id = d.event_id where d.id in ("
            + p.bindAll(ids)
            + ") order by d.position, d.seq";
    List<Claimed> claimed = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Statements.bind(s, p.values().toArray());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Event event = EventRows.event(r);
          claimed.add(
              new Claimed(
                  JdbcReads.uuid(r, "delivery_id"),
                  JdbcReads.uuid(r, "webhook_id"),
                  event,
                  r.getInt("attempts"),
                  JdbcReads.instant(r, "first_attempt_at")));
        }
      }
    }
    return claimed;
  }

  /** Stores the attempts and applies their outcomes, ending the leases: two batches. */
  static int record(Connection c, List<Result> results, Instant now) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into webhook_attempt (id, delivery_id, organization_id, attempted_at,"
                + " duration_ms, status, response_excerpt, error) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Result r : results) {
        DeliveryAttempt a = r.attempt();
        Statements.bind(
            s,
            UUID.randomUUID(),
            a.deliveryId(),
            r.delivery().event().organizationId(),
            a.at(),
            a.durationMillis(),
            a.status(),
            a.responseExcerpt(),
            a.error());
        s.addBatch();
      }
      s.executeBatch();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "update webhook_delivery set state = ?, attempts = attempts + 1,"
                + " first_attempt_at = coalesce(first_attempt_at, ?), last_attempt_at = ?,"
                + " next_attempt_at = ?, locked_until = null, locked_by = null where id = ?")) {
      for (Result r : results) {
        Outcome outcome = r.outcome();
        String state =
            outcome instanceof Delivered
                ? DeliveryState.DELIVERED.name()
                : outcome instanceof GiveUp ? DeliveryState.FAILED.name() : PENDING;
        Instant next = outcome instanceof RetryAt retry ? retry.at() : now;
        DeliveryAttempt a = r.attempt();
        Statements.bind(s, state, a.at(), a.at(), next, a.deliveryId());
        s.addBatch();
      }
      s.executeBatch();
    }
    return results.size();
  }
}
