package dev.roster.application.oidc;

import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.oidc.OidcClient;
import dev.roster.domain.oidc.OidcClientRepository;
import dev.roster.domain.token.TokenSecrets;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** The operator registers, lists and removes the host products that sign people in via Roster. */
@Stateless
public class OidcClientService {
  static final String SECRET_PREFIX = "rstr_oidc_";

  @Inject OidcClientRepository clients;

  public RegisteredClient register(String name, List<String> redirectUris) {
    String clientId = "rstr_client_" + TokenSecrets.newValue("").substring(0, 22);
    String secret = TokenSecrets.newValue(SECRET_PREFIX);
    OidcClient client = OidcClient.register(clientId, name, redirectUris, secret, Instant.now());
    clients.add(client);
    return new RegisteredClient(OidcClientView.of(client), secret);
  }

  public List<OidcClientView> list() {
    return clients.list().stream().map(OidcClientView::of).toList();
  }

  public OidcClientView get(String clientId) {
    return clients.find(clientId).map(OidcClientView::of).orElseThrow(() -> notFound(clientId));
  }

  public void delete(String clientId) {
    if (!clients.remove(clientId)) {
      throw notFound(clientId);
    }
  }

  private static NotFoundException notFound(String clientId) {
    return new NotFoundException("No client has the id '" + clientId + "'.");
  }
}
