package dev.roster.application.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code roster.events.waiting} gauges. The counts are read every five seconds on a timer and
 * the gauges show the last reading, so a scrape never waits for the database (nor fails with it:
 * while it is away the gauges show NaN, "unknown").
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BacklogMonitor {
  private static final Logger LOG = Logger.getLogger(BacklogMonitor.class.getName());
  private static final String WAITING = "roster.events.waiting";
  private static final String DESCRIPTION =
      "Change events not yet positioned (stage=unpositioned) and webhook deliveries not yet"
          + " delivered (stage=undelivered)";

  @Inject RosterMetrics metrics;
  @Inject EventBacklog backlog;

  private volatile double unpositioned = Double.NaN;
  private volatile double undelivered = Double.NaN;

  @PostConstruct
  void register() {
    metrics.gauge(WAITING, DESCRIPTION, "stage", "unpositioned", () -> unpositioned);
    metrics.gauge(WAITING, DESCRIPTION, "stage", "undelivered", () -> undelivered);
  }

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  void refresh() {
    try {
      EventBacklog.Counts counts = backlog.read();
      unpositioned = counts.unpositioned();
      undelivered = counts.undelivered();
    } catch (RuntimeException e) {
      unpositioned = Double.NaN;
      undelivered = Double.NaN;
      LOG.log(Level.FINE, "Event backlog not read", e);
    }
  }
}
