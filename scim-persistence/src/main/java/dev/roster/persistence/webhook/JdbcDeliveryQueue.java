package dev.roster.persistence.webhook;

import dev.roster.domain.event.Event;
import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.DeliveryQueue;
import dev.roster.domain.webhook.DeliveryState;
import dev.roster.domain.webhook.WebhookDelivery;
import dev.roster.persistence.common.Databases;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlParams;
import dev.roster.persistence.common.SqlReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The delivery queue over plain JDBC, in the caller's transaction. Each operation is a few
 * set-based statements on indexed columns; nothing here runs per delivery in a loop except the
 * batched insert.
 */
@ApplicationScoped
public class JdbcDeliveryQueue implements DeliveryQueue {
  private static final String PENDING = DeliveryState.PENDING.name();

  /**
   * Due deliveries that are the oldest pending one of their (webhook, organization), of enabled
   * webhooks, not leased. Parameters: now, now, max. PostgreSQL adds SKIP LOCKED so nodes claim
   * different rows without waiting for each other.
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

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject SqlReader db;

  @Override
  public long lockDispatchPosition() {
    return work(
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement(
                      "select position from webhook_dispatch where id = 1 for update");
              ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Override
  public void advanceDispatchPosition(long position) {
    work(
        c ->
            Statements.update(
                c, "update webhook_dispatch set position = ? where id = 1", position));
  }

  @Override
  public void enqueue(Collection<NewDelivery> deliveries, Instant now) {
    if (deliveries.isEmpty()) {
      return;
    }
    work(
        c -> {
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
        });
  }

  @Override
  public List<Claimed> claim(int max, Instant now, Instant leaseUntil) {
    return work(
        c -> {
          String due = DUE + (Databases.isPostgreSql(c) ? " for update of d skip locked" : "");
          List<UUID> ids = new ArrayList<>();
          try (PreparedStatement s = c.prepareStatement(due)) {
            Statements.bind(s, now, now, max);
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                ids.add(JdbcReads.uuid(rs, "id"));
              }
            }
          }
          if (ids.isEmpty()) {
            return List.of();
          }
          SqlParams p = new SqlParams();
          String lease =
              "update webhook_delivery set locked_until = "
                  + p.bind(leaseUntil)
                  + " where id in ("
                  + p.bindAll(ids)
                  + ")";
          Statements.update(c, lease, p.values().toArray());
          return claimed(c, ids);
        });
  }

  private static List<Claimed> claimed(Connection c, List<UUID> ids) throws SQLException {
    SqlParams p = new SqlParams();
    String sql =
        "select d.id as delivery_id, d.webhook_id, d.attempts, d.first_attempt_at,"
            + " e.id, e.organization_id, e.type, e.occurred_at, e.data, e.position"
            + " from webhook_delivery d join event e on e.id = d.event_id where d.id in ("
            + p.bindAll(ids)
            + ") order by d.position";
    List<Claimed> claimed = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      Statements.bind(s, p.values().toArray());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Event event =
              new Event(
                  JdbcReads.uuid(r, "id"),
                  r.getString("type"),
                  JdbcReads.uuid(r, "organization_id"),
                  JdbcReads.instant(r, "occurred_at"),
                  r.getString("data"),
                  r.getLong("position"));
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

  @Override
  public void record(DeliveryAttempt a, Outcome outcome, Instant now) {
    work(
        c -> {
          Statements.update(
              c,
              "insert into webhook_attempt (id, delivery_id, attempted_at, duration_ms, status,"
                  + " response_excerpt, error) values (?, ?, ?, ?, ?, ?, ?)",
              UUID.randomUUID(),
              a.deliveryId(),
              a.at(),
              a.durationMillis(),
              a.status(),
              a.responseExcerpt(),
              a.error());
          String state =
              outcome instanceof Delivered
                  ? DeliveryState.DELIVERED.name()
                  : outcome instanceof GiveUp ? DeliveryState.FAILED.name() : PENDING;
          Instant next = outcome instanceof RetryAt r ? r.at() : now;
          return Statements.update(
              c,
              "update webhook_delivery set state = ?, attempts = attempts + 1,"
                  + " first_attempt_at = coalesce(first_attempt_at, ?), last_attempt_at = ?,"
                  + " next_attempt_at = ?, locked_until = null where id = ?",
              state,
              a.at(),
              a.at(),
              next,
              a.deliveryId());
        });
  }

  @Override
  public List<WebhookDelivery> page(UUID webhookId, Long beforeSequence, int limit) {
    SqlParams p = new SqlParams();
    StringBuilder sql =
        new StringBuilder(
                "select d.*, e.type from webhook_delivery d left join event e on e.id = d.event_id"
                    + " where d.webhook_id = ")
            .append(p.bind(webhookId));
    if (beforeSequence != null) {
      sql.append(" and d.seq < ").append(p.bind(beforeSequence));
    }
    sql.append(" order by d.seq desc fetch first ").append(p.bind(limit)).append(" rows only");
    return withAttempts(db.list(sql.toString(), p.values(), JdbcDeliveryQueue::delivery));
  }

  @Override
  public Optional<WebhookDelivery> find(UUID webhookId, UUID deliveryId) {
    return withAttempts(
            db.list(
                "select d.*, e.type from webhook_delivery d left join event e on e.id = d.event_id"
                    + " where d.webhook_id = ? and d.id = ?",
                List.of(webhookId, deliveryId),
                JdbcDeliveryQueue::delivery))
        .stream()
        .findFirst();
  }

  /** The page's attempts in one statement, not one per delivery. */
  private List<WebhookDelivery> withAttempts(List<WebhookDelivery> deliveries) {
    if (deliveries.isEmpty()) {
      return deliveries;
    }
    SqlParams p = new SqlParams();
    String sql =
        "select * from webhook_attempt where delivery_id in ("
            + p.bindAll(deliveries.stream().map(WebhookDelivery::id).toList())
            + ") order by attempted_at desc";
    Map<UUID, List<DeliveryAttempt>> byDelivery =
        db
            .list(
                sql,
                p.values(),
                r ->
                    new DeliveryAttempt(
                        JdbcReads.uuid(r, "delivery_id"),
                        JdbcReads.instant(r, "attempted_at"),
                        r.getLong("duration_ms"),
                        (Integer) r.getObject("status"),
                        r.getString("response_excerpt"),
                        r.getString("error")))
            .stream()
            .collect(
                Collectors.groupingBy(
                    DeliveryAttempt::deliveryId, LinkedHashMap::new, Collectors.toList()));
    return deliveries.stream()
        .map(
            d ->
                new WebhookDelivery(
                    d.id(),
                    d.sequence(),
                    d.webhookId(),
                    d.organizationId(),
                    d.eventId(),
                    d.eventType(),
                    d.position(),
                    d.state(),
                    d.attempts(),
                    d.createdAt(),
                    d.nextAttemptAt(),
                    byDelivery.getOrDefault(d.id(), List.of())))
        .toList();
  }

  private static WebhookDelivery delivery(ResultSet r) throws SQLException {
    return new WebhookDelivery(
        JdbcReads.uuid(r, "id"),
        r.getLong("seq"),
        JdbcReads.uuid(r, "webhook_id"),
        JdbcReads.uuid(r, "organization_id"),
        JdbcReads.uuid(r, "event_id"),
        r.getString("type"),
        r.getLong("position"),
        DeliveryState.valueOf(r.getString("state")),
        r.getInt("attempts"),
        JdbcReads.instant(r, "created_at"),
        JdbcReads.instant(r, "next_attempt_at"),
        List.of());
  }

  private <T> T work(org.hibernate.jdbc.ReturningWork<T> work) {
    return em.unwrap(Session.class).doReturningWork(work);
  }
}
