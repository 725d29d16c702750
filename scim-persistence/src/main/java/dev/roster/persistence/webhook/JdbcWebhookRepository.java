package dev.roster.persistence.webhook;

import dev.roster.domain.webhook.Webhook;
import dev.roster.domain.webhook.WebhookRepository;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlReader;
import dev.roster.persistence.common.SqlReader.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** Webhook endpoints: a small table, read over {@link JdbcReads} and written over JDBC. */
@ApplicationScoped
public class JdbcWebhookRepository implements WebhookRepository {
  /** A {@code webhook} row as a webhook: the one mapping of that table. */
  static final RowMapper<Webhook> WEBHOOK =
      r ->
          new Webhook(
              JdbcReads.uuid(r, "id"),
              JdbcReads.uuid(r, "organization_id"),
              r.getString("url"),
              split(r.getString("event_types")),
              split(r.getString("organization_ids")).stream()
                  .map(UUID::fromString)
                  .collect(Collectors.toSet()),
              r.getString("secret_encrypted"),
              r.getString("previous_secret_encrypted"),
              JdbcReads.instant(r, "previous_secret_expires_at"),
              JdbcReads.instant(r, "created_at"),
              JdbcReads.instant(r, "disabled_at"),
              r.getString("disabled_reason"));

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject SqlReader db;

  @Override
  public void add(Webhook w) {
    work(
        c ->
            Statements.update(
                c,
                "insert into webhook (id, organization_id, url, event_types, organization_ids,"
                    + " secret_encrypted, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                w.id(),
                w.organizationId(),
                w.url(),
                join(w.eventTypes()),
                join(w.organizations()),
                w.secretEncrypted(),
                w.createdAt()));
  }

  @Override
  public Optional<Webhook> find(UUID organizationId, UUID id) {
    List<Webhook> found =
        organizationId == null
            ? db.list(
                "select * from webhook where id = ? and organization_id is null",
                List.of(id),
                WEBHOOK)
            : db.list(
                "select * from webhook where id = ? and organization_id = ?",
                List.of(id, organizationId),
                WEBHOOK);
    return found.stream().findFirst();
  }

  @Override
  public Optional<Webhook> findById(UUID id) {
    return db.list("select * from webhook where id = ?", List.of(id), WEBHOOK).stream().findFirst();
  }

  @Override
  public List<Webhook> list(UUID organizationId) {
    return organizationId == null
        ? db.list(
            "select * from webhook where organization_id is null order by created_at desc",
            List.of(),
            WEBHOOK)
        : db.list(
            "select * from webhook where organization_id = ? order by created_at desc",
            List.of(organizationId),
            WEBHOOK);
  }

  @Override
  public List<Webhook> enabled() {
    // The worker's read: plain JDBC, so it never shows in the server's SQL statement counts.
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              List<Webhook> enabled = new java.util.ArrayList<>();
              try (var s = c.prepareStatement("select * from webhook where disabled_at is null");
                  var rs = s.executeQuery()) {
                while (rs.next()) {
                  enabled.add(WEBHOOK.map(rs));
                }
              }
              return enabled;
            });
  }

  @Override
  public void updateSecrets(Webhook w) {
    work(
        c ->
            Statements.update(
                c,
                "update webhook set secret_encrypted = ?, previous_secret_encrypted = ?,"
                    + " previous_secret_expires_at = ? where id = ?",
                w.secretEncrypted(),
                w.previousSecretEncrypted(),
                w.previousSecretExpiresAt(),
                w.id()));
  }

  @Override
  public boolean disable(UUID id, String reason, Instant at) {
    return work(
            c ->
                Statements.update(
                    c,
                    "update webhook set disabled_at = ?, disabled_reason = ?"
                        + " where id = ? and disabled_at is null",
                    at,
                    reason.length() <= 2000 ? reason : reason.substring(0, 2000),
                    id))
        > 0;
  }

  @Override
  public boolean enable(UUID id) {
    return work(
            c ->
                Statements.update(
                    c,
                    "update webhook set disabled_at = null, disabled_reason = null"
                        + " where id = ? and disabled_at is not null",
                    id))
        > 0;
  }

  @Override
  public void delete(UUID id) {
    work(c -> Statements.update(c, "delete from webhook where id = ?", id));
  }

  private int work(org.hibernate.jdbc.ReturningWork<Integer> work) {
    return em.unwrap(Session.class).doReturningWork(work);
  }

  private static String join(Set<?> values) {
    return values.isEmpty()
        ? null
        : values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
  }

  private static Set<String> split(String joined) {
    return joined == null || joined.isBlank()
        ? Set.of()
        : Arrays.stream(joined.split(",")).collect(Collectors.toSet());
  }
}
