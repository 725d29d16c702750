package dev.roster.persistence.system;

import dev.roster.domain.system.SharedSecretRepository;
import dev.roster.persistence.common.JdbcReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JdbcSharedSecretRepository implements SharedSecretRepository {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  @Override
  public Optional<String> find(String name) {
    return db
        .list(
            "select value_encrypted from shared_secret where name = ?",
            List.of(name),
            r -> r.getString(1))
        .stream()
        .findFirst();
  }

  @Override
  public void addIfAbsent(String name, String encrypted, Instant now) {
    // "on conflict do nothing" (no target) is understood by PostgreSQL and H2 alike. On PostgreSQL
    // a racing insert waits for the winner's commit, so the read that follows sees its value.
    em.createNativeQuery(
            "insert into shared_secret (name, value_encrypted, created_at) values (?1, ?2, ?3)"
                + " on conflict do nothing")
        .setParameter(1, name)
        .setParameter(2, encrypted)
        .setParameter(3, now)
        .executeUpdate();
  }
}
