package dev.roster.application.webhook;

import dev.roster.domain.webhook.HostResolver;
import dev.roster.domain.webhook.RetrySchedule;
import dev.roster.domain.webhook.WebhookUrlPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Webhook settings; each property is overridable by its ROSTER_WEBHOOKS_* environment variable. */
@ApplicationScoped
public class WebhookSettings {
  /** Development and tests only: lets webhooks call plain http on loopback. */
  @Inject
  @ConfigProperty(name = "roster.webhooks.allow.loopback", defaultValue = "false")
  boolean allowLoopback;

  @Inject
  @ConfigProperty(name = "roster.webhooks.retry.first", defaultValue = "PT5S")
  Duration retryFirst;

  @Inject
  @ConfigProperty(name = "roster.webhooks.retry.longest", defaultValue = "PT1H")
  Duration retryLongest;

  @Inject
  @ConfigProperty(name = "roster.webhooks.retry.give.up.after", defaultValue = "P3D")
  Duration giveUpAfter;

  /** How long the previous secret keeps signing after a rotation. */
  @Inject
  @ConfigProperty(name = "roster.webhooks.secret.overlap", defaultValue = "PT24H")
  Duration secretOverlap;

  /** How often the worker looks for events and due deliveries. */
  @Inject
  @ConfigProperty(name = "roster.webhooks.poll.millis", defaultValue = "200")
  long pollMillis;

  /**
   * This node's name, which holds its leases: WildFly's {@code jboss.node.name} (the host name by
   * default). Every node of a cluster has its own, as JGroups requires, and keeps it across
   * restarts.
   */
  @Inject
  @ConfigProperty(name = "jboss.node.name", defaultValue = "roster")
  String nodeName;

  public String nodeName() {
    return nodeName;
  }

  public WebhookUrlPolicy urlPolicy() {
    return new WebhookUrlPolicy(HostResolver.SYSTEM, allowLoopback);
  }

  public RetrySchedule retrySchedule() {
    return new RetrySchedule(retryFirst, retryLongest, giveUpAfter);
  }

  public Duration secretOverlap() {
    return secretOverlap;
  }

  public long pollMillis() {
    return Math.max(20, pollMillis);
  }

  /** A 2xx within this time counts as delivered. */
  public Duration timeout() {
    return Duration.ofSeconds(10);
  }

  /**
   * How long a claimed delivery is reserved for the node that claimed it: longer than the timeout,
   * so a live node's delivery is never claimed twice; a dead node's is retried once it ends.
   */
  public Duration lease() {
    return timeout().multipliedBy(3);
  }
}
