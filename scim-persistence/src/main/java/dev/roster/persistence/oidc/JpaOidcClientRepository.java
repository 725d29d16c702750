package dev.roster.persistence.oidc;

import dev.roster.domain.oidc.OidcClient;
import dev.roster.domain.oidc.OidcClientRepository;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlReader.RowMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Clients; redirect URIs kept one per line (a URI cannot contain a line break). */
@ApplicationScoped
public class JpaOidcClientRepository implements OidcClientRepository {
  private static final RowMapper<OidcClient> CLIENT =
      r ->
          new OidcClient(
              r.getString("client_id"),
              r.getString("name"),
              r.getString("secret_hash"),
              Arrays.asList(r.getString("redirect_uris").split("\n")),
              JdbcReads.instant(r, "created_at"));

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  @Override
  public void add(OidcClient client) {
    em.createNativeQuery(
            "insert into oidc_client (client_id, name, secret_hash, redirect_uris, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, client.clientId())
        .setParameter(2, client.name())
        .setParameter(3, client.secretHash())
        .setParameter(4, String.join("\n", client.redirectUris()))
        .setParameter(5, client.createdAt())
        .executeUpdate();
  }

  @Override
  public Optional<OidcClient> find(String clientId) {
    return db
        .list("select * from oidc_client where client_id = ?", List.of(clientId), CLIENT)
        .stream()
        .findFirst();
  }

  @Override
  public List<OidcClient> list() {
    return db.list("select * from oidc_client order by created_at, client_id", List.of(), CLIENT);
  }

  @Override
  public boolean remove(String clientId) {
    return em.createNativeQuery("delete from oidc_client where client_id = ?1")
            .setParameter(1, clientId)
            .executeUpdate()
        > 0;
  }
}
