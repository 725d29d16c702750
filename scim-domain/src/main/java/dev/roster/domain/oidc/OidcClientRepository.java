package dev.roster.domain.oidc;

import java.util.List;
import java.util.Optional;

/** Stores the registered host products. */
public interface OidcClientRepository {
  void add(OidcClient client);

  Optional<OidcClient> find(String clientId);

  List<OidcClient> list();

  /** Removes the client with what it left behind (flows, codes); false when there was none. */
  boolean remove(String clientId);
}
