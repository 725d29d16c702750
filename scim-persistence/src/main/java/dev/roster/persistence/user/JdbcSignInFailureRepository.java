package dev.roster.persistence.user;

import dev.roster.domain.user.SignInFailureRepository;
import dev.roster.domain.user.SignInFailures;
import dev.roster.persistence.common.JdbcReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JdbcSignInFailureRepository implements SignInFailureRepository {
  private static final String INCREMENT =
      "update sign_in_failure set failures = failures + 1, last_failed_at = ?1 where account = ?2";

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  @Override
  public Optional<SignInFailures> find(String account) {
    return db
        .list(
            "select failures, last_failed_at from sign_in_failure where account = ?",
            List.of(account),
            r -> new SignInFailures(r.getInt(1), JdbcReads.instant(r, "last_failed_at")))
        .stream()
        .findFirst();
  }

  @Override
  public void recordFailure(String account, Instant at) {
    // Increment, else insert the first failure; when another node inserted it meanwhile (the
    // insert then does nothing) increment that row. Portable, without a database-specific upsert.
    if (increment(account, at) > 0) {
      return;
    }
    int inserted =
        em.createNativeQuery(
                "insert into sign_in_failure (account, failures, last_failed_at)"
                    + " values (?1, 1, ?2) on conflict do nothing")
            .setParameter(1, account)
            .setParameter(2, at)
            .executeUpdate();
    if (inserted == 0) {
      increment(account, at);
    }
  }

  private int increment(String account, Instant at) {
    return em.createNativeQuery(INCREMENT)
        .setParameter(1, at)
        .setParameter(2, account)
        .executeUpdate();
  }

  @Override
  public void clear(String account) {
    em.createNativeQuery("delete from sign_in_failure where account = ?1")
        .setParameter(1, account)
        .executeUpdate();
  }
}
