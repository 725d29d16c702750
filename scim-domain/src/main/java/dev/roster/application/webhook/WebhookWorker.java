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
import java.util.LinkedHashMap;
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

  /** Streams (webhook, organization) claimed at once, sent in parallel. */
  private static final int CLAIM_STREAMS = 32;

  /** Deliveries of one stream claimed at once, sent one after the other. */
  private static final int PER_STREAM = 50;

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

  /**
   * One claim, its streams sent in parallel, each stream's deliveries one after the other in
   * position order, stopping at the first failure; returns how many were claimed.
   */
  private int deliverOnce() {
    List<Claimed> claimed = work.claim(CLAIM_STREAMS, PER_STREAM);
    if (claimed.isEmpty()) {
      return 0;
    }
    // No send starts after a third of the lease: with the timeout the last one ends well within
    // it, so no other node takes these deliveries while this one still holds their results.
    long stopStarting = System.nanoTime() + settings.lease().toNanos() / 3;
    Map<List<UUID>, List<Claimed>> streams = new LinkedHashMap<>();
    for (Claimed c : claimed) {
      streams
          .computeIfAbsent(
              List.of(c.webhookId(), c.event().organizationId()), k -> new ArrayList<>())
          .add(c);
    }
    Map<UUID, Optional<Webhook>> webhooks = new HashMap<>();
    List<CompletableFuture<List<DeliveryAttempt>>> sending = new ArrayList<>();
    for (List<Claimed> stream : streams.values()) {
      Optional<Webhook> webhook =
          webhooks.computeIfAbsent(stream.get(0).webhookId(), work::webhook);
      sending.add(sendInOrder(stream, webhook, stopStarting));
    }
    int i = 0;
    for (List<Claimed> stream : streams.values()) {
      work.record(stream, sending.get(i++).join());
    }
    return claimed.size();
  }

  /** The attempts of a prefix of {@code stream}: each next one is sent once the last succeeded. */
  private CompletableFuture<List<DeliveryAttempt>> sendInOrder(
      List<Claimed> stream, Optional<Webhook> webhook, long stopStarting) {
    CompletableFuture<List<DeliveryAttempt>> done =
        CompletableFuture.completedFuture(new ArrayList<>());
    for (Claimed c : stream) {
      done =
          done.thenCompose(
              attempts -> {
                boolean lastFailed =
                    !attempts.isEmpty() && !attempts.get(attempts.size() - 1).succeeded();
                if (lastFailed || (!attempts.isEmpty() && System.nanoTime() > stopStarting)) {
                  return CompletableFuture.completedFuture(attempts);
                }
                CompletableFuture<DeliveryAttempt> attempt =
                    webhook
                        .map(w -> sender.send(c, w))
                        .orElseGet(
                            () ->
                                CompletableFuture.completedFuture(
                                    new DeliveryAttempt(
                                        c.id(), Instant.now(), 0, null, null, "Webhook deleted")));
                return attempt.thenApply(
                    a -> {
                      attempts.add(a);
                      return attempts;
                    });
              });
    }
    return done;
  }
}
