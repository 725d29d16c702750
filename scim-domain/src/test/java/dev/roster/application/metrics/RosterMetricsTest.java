package dev.roster.application.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.organization.IdentityProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RosterMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private RosterMetrics metrics(int organizationLimit) {
    RosterMetrics metrics = new RosterMetrics();
    metrics.injected = registry;
    metrics.organizationLimit = organizationLimit;
    metrics.start();
    return metrics;
  }

  @Test
  void requestsAreCountedPerOrganizationUpToTheLimitAndTimedWithoutIt() {
    RosterMetrics metrics = metrics(1);
    metrics.scimRequest("users.get", 200, IdentityProvider.OKTA, "acme", 2_000_000);
    metrics.scimRequest("users.get", 200, IdentityProvider.OKTA, "globex", 3_000_000);
    metrics.scimRequest("users.get", 200, IdentityProvider.OKTA, "initech", 4_000_000);
    metrics.scimRequest("users.list", 401, null, null, 1_000_000);

    assertThat(count("acme")).isEqualTo(1.0);
    assertThat(count(OrganizationTags.OTHER)).isEqualTo(2.0);
    assertThat(
            registry
                .get("roster.scim.requests")
                .tags("idp", "none", "organization", OrganizationTags.NONE, "status", "401")
                .counter()
                .count())
        .isEqualTo(1.0);
    Timer timer =
        registry.get("roster.scim.request.duration").tags("operation", "users.get").timer();
    assertThat(timer.count()).isEqualTo(3);
    assertThat(timer.getId().getTag("organization")).isNull();
    assertThat(timer.getId().getTag("idp")).isEqualTo("okta");
  }

  @Test
  void aNegativeLagCountsAsZeroAndStoppingRemovesRostersMeters() {
    RosterMetrics metrics = metrics(10);
    metrics.webhookDelivered(Duration.ofSeconds(-1));
    metrics.tokenRejected("unknown");
    metrics.gauge("roster.events.waiting", "waiting", "stage", "undelivered", () -> 3);
    registry.counter("other.meter");

    assertThat(registry.get("roster.webhook.delivery.lag").timer().totalTime(TimeUnit.SECONDS))
        .isZero();
    assertThat(registry.get("roster.events.waiting").gauge().value()).isEqualTo(3.0);

    metrics.stop();
    assertThat(registry.getMeters())
        .extracting(m -> m.getId().getName())
        .containsExactly("other.meter");
  }

  /** WildFly's per-deployment registry keeps builder-made meters; the one behind it exports. */
  @Test
  void metersGoToTheRegistryBehindAPerDeploymentView() {
    MeterRegistry view = new DeploymentView(registry);
    assertThat(RosterMetrics.exporting(view)).isSameAs(registry);
    assertThat(RosterMetrics.exporting(registry)).isSameAs(registry);
  }

  private double count(String organization) {
    return registry
        .get("roster.scim.requests")
        .tags("organization", organization, "operation", "users.get", "idp", "okta")
        .counter()
        .count();
  }

  /**
   * Shaped as WildFly 39's ApplicationRegistry: the exported registry in {@code parentRegistry}.
   */
  private static final class DeploymentView extends SimpleMeterRegistry {
    @SuppressWarnings("unused")
    private final MeterRegistry parentRegistry;

    DeploymentView(MeterRegistry parentRegistry) {
      this.parentRegistry = parentRegistry;
    }
  }
}
