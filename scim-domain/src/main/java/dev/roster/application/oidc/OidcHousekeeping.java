package dev.roster.application.oidc;

import dev.roster.domain.oidc.GrantRepository;
import dev.roster.domain.oidc.SignInFlowRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every ten minutes: drops sign-ins never completed and codes past their use (a code's row is kept
 * as long as the access token it gave can live, so a replay can still revoke it), and rotates the
 * signing key once it is older than {@code roster.oidc.key.rotation.days} (0: only by the platform
 * API). Several nodes may run it at once: each statement is idempotent, and two keys made at the
 * same moment are both published.
 */
@Singleton
public class OidcHousekeeping {
  @Inject SignInFlowRepository flows;
  @Inject GrantRepository grants;
  @Inject ProviderKeys keys;

  @Inject
  @ConfigProperty(name = "roster.oidc.key.rotation.days", defaultValue = "90")
  long rotationDays;

  @Inject
  @ConfigProperty(name = "roster.oidc.access.token.ttl.seconds", defaultValue = "300")
  long accessTtlSeconds;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  public void run() {
    Instant now = Instant.now();
    flows.dropExpired(now);
    grants.dropExpired(now.minusSeconds(accessTtlSeconds));
    if (rotationDays > 0 && keys.signingKeyAge(now).compareTo(Duration.ofDays(rotationDays)) > 0) {
      keys.rotate();
    }
  }
}
