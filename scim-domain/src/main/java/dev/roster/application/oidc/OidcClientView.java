package dev.roster.application.oidc;

import dev.roster.domain.oidc.OidcClient;
import java.time.Instant;
import java.util.List;

/** A client as the operator sees it: never its secret. */
public record OidcClientView(
    String clientId, String name, List<String> redirectUris, Instant createdAt) {
  static OidcClientView of(OidcClient c) {
    return new OidcClientView(c.clientId(), c.name(), c.redirectUris(), c.createdAt());
  }
}
