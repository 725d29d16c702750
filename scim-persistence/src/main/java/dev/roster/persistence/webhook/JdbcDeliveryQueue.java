package dev.roster.persistence.webhook;

import dev.roster.domain.event.Event;
import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.DeliveryQueue;
import dev.roster.domain.webhook.DeliveryState;
import dev.roster.domain.webhook.WebhookDelivery;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlParams;
import dev.roster.persistence.common.SqlReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The delivery queue over plain JDBC, in the caller's transaction ({@link DeliverySql}); the
 * history pages are reads over {@link SqlReader}. Each operation is a few set-based statements on
 * indexed columns; nothing runs per delivery in a loop except the batched insert.
 */
@ApplicationScoped
public class JdbcDeliveryQueue implements DeliveryQueue {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject SqlReader db;

  @Override
  public long lockDispatchPosition() {
    return work(DeliverySql::lockDispatchPosition);
  }

  @Override
  public void advanceDispatchPosition(long position) {
    work(c -> DeliverySql.advanceDispatchPosition(c, position));
  }

  @Override
  public List<Event> eventsAfter(long position, int max) {
    return work(c -> DeliverySql.eventsAfter(c, position, max));
  }

  @Override
  public void enqueue(Collection<NewDelivery> deliveries, Instant now) {
    if (!deliveries.isEmpty()) {
      work(c -> DeliverySql.enqueue(c, deliveries, now));
    }
  }

  @Override
  public List<Claimed> claim(
      int streams, int perStream, Instant now, Instant leaseUntil, String holder) {
    return work(c -> DeliverySql.claim(c, streams, perStream, now, leaseUntil, holder));
  }

  @Override
  public int releaseHeldBy(String holder, Instant now) {
    return work(c -> DeliverySql.releaseHeldBy(c, holder, now));
  }

  @Override
  public void release(Collection<UUID> deliveryIds) {
    if (!deliveryIds.isEmpty()) {
      work(c -> DeliverySql.release(c, deliveryIds));
    }
  }

  @Override
  public void record(List<Result> results, Instant now) {
    if (!results.isEmpty()) {
      work(c -> DeliverySql.record(c, results, now));
    }
  }

  @Override
  public long countPending() {
    return work(DeliverySql::countPending);
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
