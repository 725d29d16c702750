package dev.roster.application.metrics;

import dev.roster.domain.organization.IdentityProvider;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Roster's meters. Latency is a histogram over a few fixed buckets rather than Micrometer's ~70
 * default ones: every bucket is a series per combination of tags. For the same reason the
 * organization is a tag of the request counter only, and only for the first {@code
 * roster.metrics.organization.limit} organizations ({@link OrganizationTags}).
 */
@ApplicationScoped
public class RosterMetrics {
  private static final Logger LOG = Logger.getLogger(RosterMetrics.class.getName());
  private static final String PREFIX = "roster.";

  @Inject MeterRegistry injected;

  @Inject
  @ConfigProperty(name = "roster.metrics.organization.limit", defaultValue = "100")
  int organizationLimit;

  private MeterRegistry registry;
  private OrganizationTags organizations;
  private MeterProvider<Counter> requests;
  private MeterProvider<Timer> requestDuration;
  private MeterProvider<Counter> tokenRejections;
  private Timer deliveryLag;

  @PostConstruct
  void start() {
    registry = exporting(injected);
    organizations = new OrganizationTags(organizationLimit);
    requests =
        Counter.builder("roster.scim.requests")
            .description("SCIM requests by operation, status, identity provider and organization")
            .withRegistry(registry);
    requestDuration =
        Timer.builder("roster.scim.request.duration")
            .description(
                "Time to answer a SCIM request, by operation, status and identity provider")
            .serviceLevelObjectives(
                millis(5),
                millis(10),
                millis(25),
                millis(50),
                millis(100),
                millis(250),
                millis(500),
                millis(1_000),
                millis(2_500),
                millis(5_000),
                millis(10_000))
            .withRegistry(registry);
    tokenRejections =
        Counter.builder("roster.scim.token.rejections")
            .description("SCIM requests refused for their bearer token, by reason")
            .withRegistry(registry);
    deliveryLag =
        Timer.builder("roster.webhook.delivery.lag")
            .description("From an event's occurrence to its successful delivery to a webhook")
            .serviceLevelObjectives(
                millis(100),
                millis(500),
                millis(1_000),
                millis(5_000),
                millis(30_000),
                millis(60_000),
                millis(300_000),
                millis(1_800_000),
                millis(3_600_000))
            .register(registry);
  }

  /** Removes Roster's meters when the application stops: a redeployment registers them anew. */
  @PreDestroy
  void stop() {
    registry.getMeters().stream()
        .filter(m -> m.getId().getName().startsWith(PREFIX))
        .forEach(registry::remove);
  }

  /**
   * One answered SCIM request. {@code organization} is the caller's slug, {@code idp} its
   * organization's identity provider; both null when no token was accepted.
   */
  public void scimRequest(
      String operation, int status, IdentityProvider idp, String organization, long nanos) {
    String statusTag = Integer.toString(status);
    String idpTag = idp == null ? "none" : idp.name().toLowerCase(Locale.ROOT);
    requests
        .withTags(
            "operation", operation,
            "status", statusTag,
            "idp", idpTag,
            "organization", organizations.tag(organization))
        .increment();
    requestDuration
        .withTags("operation", operation, "status", statusTag, "idp", idpTag)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /** A SCIM request refused for its token; {@code reason} is one of a few fixed words. */
  public void tokenRejected(String reason) {
    tokenRejections.withTags("reason", reason).increment();
  }

  public void webhookDelivered(Duration sinceEvent) {
    deliveryLag.record(sinceEvent.isNegative() ? Duration.ZERO : sinceEvent);
  }

  /** Registers a gauge that reads {@code value} at each scrape; removed with the others. */
  public void gauge(
      String name, String description, String tagKey, String tagValue, DoubleSupplier value) {
    Gauge.builder(name, value, DoubleSupplier::getAsDouble)
        .description(description)
        .tag(tagKey, tagValue)
        .strongReference(true)
        .register(registry);
  }

  private static Duration millis(long ms) {
    return Duration.ofMillis(ms);
  }

  /**
   * The registry the Prometheus endpoint reads. WildFly 39 injects a per-deployment view of it that
   * passes on meters made by name and tags but keeps builder-made ones (with their histogram
   * buckets) to itself, so they are never exported (WFLY-21339): Roster registers on the registry
   * behind that view. Any other registry is used as it is.
   */
  static MeterRegistry exporting(MeterRegistry injected) {
    for (Class<?> c = injected.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field parent = c.getDeclaredField("parentRegistry");
        parent.setAccessible(true);
        if (parent.get(injected) instanceof MeterRegistry exported) {
          return exported;
        }
      } catch (NoSuchFieldException e) {
        // not declared at this level: look further up
      } catch (ReflectiveOperationException | RuntimeException e) {
        LOG.warning(() -> "Histograms will not be exported: " + e);
        return injected;
      }
    }
    return injected;
  }
}
