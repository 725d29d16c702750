package dev.roster.application.webhook;

import dev.roster.application.event.EventsPositioned;
import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.DeliveryQueue.Claimed;
import dev.roster.domain.webhook.Webhook;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The delivery loop, on the server's managed executors: fan new events out, claim due streams
 * (webhook, organization) and send each stream's deliveries one after the other, on a managed
 * thread of its own and with no transaction open, recording each stream's attempts in one short
 * transaction as soon as the stream is done. Streams run concurrently and independently: a slow
 * endpoint holds back only its own stream, and the loop claims further streams while others are
 * still sending. The loop runs when events were positioned on this node or a stream finished, and
 * otherwise every {@code roster.webhooks.poll.millis} (events positioned on other nodes, retries
 * falling due). Every node runs one; they share the work through the claim's row locks and leases.
 */
@Startup
@Singleton
@DependsOn("ApplicationStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookWorker {
  private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());
  private static final int DISPATCH_BATCH = 1000;

  /** Streams being sent at once by this node. */
  private static final int MAX_STREAMS = 32;

  /**
   * Deliveries of one stream claimed at once, sent one after the other: large enough that a busy
   * stream's claim and record transactions cost little per delivery.
   */
  private static final int PER_STREAM = 500;

  /**
   * The shortest time between the end of one round of the loop and a round started by a wake: a
   * small part of the delivery lag, while it bounds the loop's statements under a stream of events.
   */
  private static final long WAKE_GAP_MILLIS = 20;

  /** A busy loop yields after this long, so the executor's thread is not held forever. */
  private static final long BUSY_MILLIS = 5_000;

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedThreadFactory threadFactory;
  @Inject WebhookDispatcher dispatcher;
  @Inject DeliveryWork work;
  @Inject WebhookSender sender;
  @Inject WebhookSettings settings;

  private ScheduledFuture<?> task;

  /** One thread per stream being sent: a send blocks its thread until the answer comes. */
  private ThreadPoolExecutor senders;

  private final AtomicInteger streamsInFlight = new AtomicInteger();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean woken = new AtomicBoolean();
  private final AtomicBoolean wakeScheduled = new AtomicBoolean();
  private volatile long lastRoundEnded = System.nanoTime();
  private volatile boolean stopping;

  /** Done in the first round that reaches the database (it may be away at start). */
  private volatile boolean leftLeasesReleased;

  private volatile boolean failing;

  @PostConstruct
  void start() {
    senders =
        new ThreadPoolExecutor(
            MAX_STREAMS,
            MAX_STREAMS,
            1,
            TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(),
            threadFactory);
    senders.allowCoreThreadTimeOut(true);
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
    if (senders != null) {
      senders.shutdown(); // sends in progress end within the timeout; the rest are not started
    }
  }

  /** Events were positioned on this node: deliver them now rather than at the next poll. */
  public void positioned(@Observes EventsPositioned positioned) {
    wake();
  }

  /**
   * Runs the loop soon: at once when it last ran longer than {@link #WAKE_GAP_MILLIS} ago, else
   * when that gap is over. Events are positioned many times a second under load; without the gap
   * every one of them would start a round of dispatch and claim statements.
   */
  private void wake() {
    woken.set(true);
    if (stopping || running.get() || !wakeScheduled.compareAndSet(false, true)) {
      return; // the running loop, or the wake already scheduled, sees it
    }
    long gap = lastRoundEnded + WAKE_GAP_MILLIS * 1_000_000 - System.nanoTime();
    scheduler.schedule(
        () -> {
          wakeScheduled.set(false);
          tick();
        },
        Math.max(0, gap),
        TimeUnit.NANOSECONDS);
  }

  void tick() {
    if (!running.compareAndSet(false, true)) {
      return; // the running loop sees the wake
    }
    try {
      if (!leftLeasesReleased) {
        int released = work.releaseLeftLeases();
        leftLeasesReleased = true;
        if (released > 0) {
          LOG.info(() -> released + " deliveries claimed before a restart are sent again now");
        }
      }
      long until = System.currentTimeMillis() + BUSY_MILLIS;
      boolean more = true;
      while (more && !stopping && System.currentTimeMillis() < until) {
        woken.set(false);
        int dispatched = dispatcher.dispatch(DISPATCH_BATCH);
        int claimed = claimStreams();
        // Work found: look again at once. Only woken: the wake waits out the gap (below).
        more = dispatched == DISPATCH_BATCH || claimed > 0;
      }
      if (failing) {
        LOG.info("Webhook deliveries resumed");
        failing = false;
      }
    } catch (RuntimeException e) {
      paused(e);
    } finally {
      lastRoundEnded = System.nanoTime();
      running.set(false);
    }
    if (woken.get()) {
      wake(); // wakes that came during the loop
    }
  }

  /** The database may be down for a while: say so once, not every poll. */
  private void paused(Throwable e) {
    if (!failing && !stopping) {
      LOG.log(Level.WARNING, "Webhook deliveries paused: " + e.getMessage(), e);
    }
    failing = true;
  }

  /**
   * Claims as many due streams as this node has room for and starts sending each; returns how many
   * deliveries it claimed. A stream in flight keeps its lease, so the next claim passes it by.
   */
  private int claimStreams() {
    int room = MAX_STREAMS - streamsInFlight.get();
    if (room <= 0) {
      return 0;
    }
    List<Claimed> claimed = work.claim(room, PER_STREAM);
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
    for (List<Claimed> stream : streams.values()) {
      Optional<Webhook> webhook =
          webhooks.computeIfAbsent(stream.get(0).webhookId(), work::webhook);
      streamsInFlight.incrementAndGet();
      try {
        senders.execute(() -> sendAndRecord(stream, webhook, stopStarting));
      } catch (RejectedExecutionException e) {
        streamsInFlight.decrementAndGet(); // stopping: the lease ends and another node sends
      }
    }
    return claimed.size();
  }

  private void sendAndRecord(List<Claimed> stream, Optional<Webhook> webhook, long stopStarting) {
    try {
      work.record(stream, sendInOrder(stream, webhook, stopStarting));
    } catch (RuntimeException e) {
      // Unrecorded deliveries are sent again when their lease ends (same webhook-id).
      paused(e);
    } finally {
      streamsInFlight.decrementAndGet();
      wake();
    }
  }

  /** The attempts of a prefix of {@code stream}: each next one is sent once the last succeeded. */
  private List<DeliveryAttempt> sendInOrder(
      List<Claimed> stream, Optional<Webhook> webhook, long stopStarting) {
    Optional<WebhookSender.Target> target = webhook.map(sender::target);
    List<DeliveryAttempt> attempts = new ArrayList<>(stream.size());
    for (Claimed c : stream) {
      if (!attempts.isEmpty()
          && (!attempts.get(attempts.size() - 1).succeeded()
              || System.nanoTime() > stopStarting
              || stopping)) {
        break;
      }
      attempts.add(
          target
              .map(t -> sender.send(c, t))
              .orElseGet(
                  () ->
                      new DeliveryAttempt(
                          c.id(), Instant.now(), 0, null, null, "Webhook deleted")));
    }
    return attempts;
  }
}
