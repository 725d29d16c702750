package dev.roster.persistence.oidc;

import dev.roster.domain.oidc.SignInFlow;
import dev.roster.domain.oidc.SignInFlowRepository;
import dev.roster.persistence.common.JdbcReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSignInFlowRepository implements SignInFlowRepository {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  @Override
  public void add(SignInFlow f) {
    em.createNativeQuery(
            "insert into oidc_flow (state_hash, organization_id, client_id, redirect_uri,"
                + " client_state, client_nonce, code_challenge, upstream_nonce, upstream_verifier,"
                + " expires_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .setParameter(1, f.stateHash())
        .setParameter(2, f.organizationId())
        .setParameter(3, f.clientId())
        .setParameter(4, f.redirectUri())
        .setParameter(5, f.clientState())
        .setParameter(6, f.clientNonce())
        .setParameter(7, f.codeChallenge())
        .setParameter(8, f.upstreamNonce())
        .setParameter(9, f.upstreamVerifier())
        .setParameter(10, f.expiresAt())
        .executeUpdate();
  }

  /** Read, then delete: only the request whose DELETE removed the row gets the flow. */
  @Override
  public Optional<SignInFlow> take(String stateHash, Instant now) {
    Optional<SignInFlow> flow =
        db
            .list(
                "select * from oidc_flow where state_hash = ?",
                List.of(stateHash),
                r ->
                    new SignInFlow(
                        r.getString("state_hash"),
                        JdbcReads.uuid(r, "organization_id"),
                        r.getString("client_id"),
                        r.getString("redirect_uri"),
                        r.getString("client_state"),
                        r.getString("client_nonce"),
                        r.getString("code_challenge"),
                        r.getString("upstream_nonce"),
                        r.getString("upstream_verifier"),
                        JdbcReads.instant(r, "expires_at")))
            .stream()
            .findFirst();
    if (flow.isEmpty()) {
      return flow;
    }
    int deleted =
        em.createNativeQuery("delete from oidc_flow where state_hash = ?1")
            .setParameter(1, stateHash)
            .executeUpdate();
    return deleted == 1 && flow.get().expiresAt().isAfter(now) ? flow : Optional.empty();
  }

  @Override
  public int dropExpired(Instant now) {
    return em.createNativeQuery("delete from oidc_flow where expires_at <= ?1")
        .setParameter(1, now)
        .executeUpdate();
  }
}
