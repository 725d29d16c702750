package dev.roster.application.event;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The event background work, on the EJB timer service: sequencing when a transaction that wrote
 * events commits (woken through a one-shot timer, several wakes coalescing into one run) and every
 * second (events of other nodes, a missed wake); retention every ten minutes. Runs are not locked
 * here: the sequencer's row lock serializes them, on every node.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventJobs {
  private static final Logger LOG = Logger.getLogger(EventJobs.class.getName());

  @Resource TimerService timers;
  @Inject EventSequencer sequencer;
  @Inject EventRetention retention;

  private final AtomicBoolean woken = new AtomicBoolean();

  /**
   * Whether this bean's timers run. Events written while the application itself starts (the first
   * organization and its admin) must not call {@link #wake}: this singleton depends on the startup
   * bean, so the call would wait for the very startup that makes it. The every-second run, which
   * sets this, sequences them.
   */
  private static volatile boolean started;

  @PreDestroy
  void stop() {
    started = false;
  }

  static boolean started() {
    return started;
  }

  /**
   * How long a wake waits before it sequences: the commits of that time are positioned in one run
   * (one short transaction, one wake of the webhook worker) rather than one run each.
   */
  private static final long WAKE_DELAY_MILLIS = 10;

  /** Sequences soon, on a timer thread (never on the caller's). */
  public void wake() {
    if (woken.compareAndSet(false, true)) {
      timers.createSingleActionTimer(WAKE_DELAY_MILLIS, new TimerConfig(null, false));
    }
  }

  @Timeout
  void woken() {
    woken.set(false); // a wake from now on schedules another run
    sequence();
  }

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  void everySecond() {
    started = true;
    sequence();
  }

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void retain() {
    try {
      retention.purge();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Event retention failed; it runs again in ten minutes.", e);
    }
  }

  private void sequence() {
    try {
      sequencer.drain();
    } catch (RuntimeException e) {
      // The database may be away; the next run (a second later at most) catches up.
      LOG.log(Level.FINE, "Event sequencing failed", e);
    }
  }
}
