package dev.roster.application.webhook;

import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.DeliveryQueue.Claimed;
import dev.roster.domain.webhook.Webhook;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The delivery loop, on the server's managed scheduled executor: fan new events out, claim due
 * deliveries, send them in parallel with no transaction open, record each attempt; repeat while
 * there is work, then wait {@code roster.webhooks.poll.millis}. Every node runs one; they share the
 * work through the claim's row locks and leases.
 */
@Startup
@Singleton
@DependsOn("ApplicationStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookWorker {
  private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());
  private static final int DISPATCH_BATCH = 1000;
  private static final int CLAIM_BATCH = 50;

  /** A busy loop yields after this long, so the executor's thread is not held forever. */
  private static final long BUSY_MILLIS = 5_000;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject WebhookDispatcher dispatcher;
  @Inject DeliveryWork work;
  @Inject WebhookSender sender;
  @Inject WebhookSettings settings;

  private ScheduledFuture<?> task;
  private volatile boolean stopping;
  private volatile boolean failing;

  @PostConstruct
  void start() {
    task =
        scheduler.scheduleWithFixedDelay(
            this::tick, 1_000, settings.pollMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (task != null) {
      task.cancel(false);
    }
  }

  void tick() {
    try {
      long until = System.currentTimeMillis() + BUSY_MILLIS;
      boolean more = true;
      while (more && !stopping && System.currentTimeMillis() < until) {
        int dispatched = dispatcher.dispatch(DISPATCH_BATCH);
        int delivered = deliverOnce();
        more = dispatched == DISPATCH_BATCH || delivered > 0;
      }
      if (failing) {
        LOG.info("Webhook deliveries resumed");
        failing = false;
      }
    } catch (RuntimeException e) {
      // The database may be down for a while: say so once, not every poll.
      if (!failing && !stopping) {
        LOG.log(Level.WARNING, "Webhook deliveries paused: " + e.getMessage(), e);
      }
      failing = true;
    }
  }

  /** One claim, sent in parallel; returns how many were claimed. */
  private int deliverOnce() {
    List<Claimed> claimed = work.claim(CLAIM_BATCH);
    if (claimed.isEmpty()) {
      return 0;
    }
    Map<UUID, Optional<Webhook>> webhooks = new HashMap<>();
    List<CompletableFuture<DeliveryAttempt>> sending = new ArrayList<>();
    for (Claimed c : claimed) {
      Optional<Webhook> webhook = webhooks.computeIfAbsent(c.webhookId(), work::webhook);
      sending.add(
          webhook
              .map(w -> sender.send(c, w))
              .orElseGet(
                  () ->
                      CompletableFuture.completedFuture(
                          new DeliveryAttempt(
                              c.id(), Instant.now(), 0, null, null, "Webhook deleted"))));
    }
    for (int i = 0; i < claimed.size(); i++) {
      work.record(claimed.get(i), sending.get(i).join());
    }
    return claimed.size();
  }
}
