package dev.roster.persistence.event;

import dev.roster.domain.event.Event;
import dev.roster.domain.event.EventLog;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** Events are written through JPA (batched with the change) and read and sequenced over JDBC. */
@ApplicationScoped
public class JpaEventLog implements EventLog {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject SqlReader db;
  @Inject JdbcReads statements;

  @Override
  public void append(Event event) {
    EventEntity e = new EventEntity();
    e.id = event.id();
    e.organizationId = event.organizationId();
    e.type = event.type();
    e.occurredAt = event.occurredAt();
    e.data = event.data();
    em.persist(e);
  }

  @Override
  public int appendMemberEvents(
      String type,
      UUID organizationId,
      UUID groupId,
      String groupJson,
      Collection<UUID> userIds,
      boolean currentMembersOnly,
      Instant at) {
    List<UUID> ids = List.copyOf(userIds);
    em.flush(); // the users and memberships this statement reads
    statements.countStatements(EventSql.chunks(ids.size()));
    return em.unwrap(Session.class)
        .doReturningWork(
            c ->
                EventSql.appendMemberEvents(
                    c, type, organizationId, groupId, groupJson, ids, currentMembersOnly, at));
  }

  @Override
  public int appendRemovalsFromEveryGroup(UUID organizationId, UUID userId, Instant at) {
    em.flush(); // the memberships this statement reads
    statements.countStatements(1);
    return em.unwrap(Session.class)
        .doReturningWork(c -> EventSql.appendRemovalsFromEveryGroup(c, organizationId, userId, at));
  }

  @Override
  public List<Event> readAfter(long position, UUID organizationId, Set<String> types, int limit) {
    return EventSql.readAfter(db, position, organizationId, types, limit);
  }

  @Override
  public int sequence(int max) {
    return em.unwrap(Session.class).doReturningWork(c -> EventSql.sequence(c, max));
  }

  /** Over the Session's connection, like the sequencer: monitoring is not counted as SQL. */
  @Override
  public long countUnpositioned() {
    return em.unwrap(Session.class).doReturningWork(EventSql::countUnpositioned);
  }

  @Override
  public int deleteOlderThan(Instant cutoff, int max) {
    return em.unwrap(Session.class).doReturningWork(c -> EventSql.deleteOlderThan(c, cutoff, max));
  }
}
