package dev.roster.bench;

import static dev.roster.bench.Report.f;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Overload (issue 13): finds the capacity of a POST/GET mix with {@code bench.clients} clients
 * (closed loop), then drives {@code bench.overload.factor} (3) times that concurrency. Reported:
 * every status seen (no 5xx allowed), latency of the admitted requests and of the 429s, the admin
 * API's latency meanwhile (one admin polling every 50 ms), and how long after the load stops a
 * single client gets its baseline latency again. The server runs without a per-token rate (run.sh),
 * so what refuses here is the server-wide limit on SCIM requests in flight.
 */
final class OverloadMeasures {
  private static final long MAX_MICROS = 60_000_000L;
  private final Bench b;
  private final double factor =
      Double.parseDouble(System.getProperty("bench.overload.factor", "3"));

  OverloadMeasures(Bench bench) {
    this.b = bench;
  }

  /** What one phase saw: statuses, admitted (2xx) and refused (429) latencies. */
  private record Outcome(
      Map<Integer, Long> statuses,
      Histogram admitted,
      Histogram refused,
      double seconds,
      long stoppedAt) {
    long count(int from, int to) {
      return statuses.entrySet().stream()
          .filter(e -> e.getKey() >= from && e.getKey() <= to)
          .mapToLong(Map.Entry::getValue)
          .sum();
    }

    double admittedPerSecond() {
      return admitted.getTotalCount() / seconds;
    }

    static double ms(Histogram h, double percentile) {
      return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }
  }

  void measure() throws Exception {
    b.report.section("Overload");
    Tenant tenant = Tenant.create(b.scim, b.db, b.platformKey, "overload");
    if (tenant.adminToken == null) {
      b.report.missing("overload", "admin API missing");
      return;
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Scim.Reply r =
          b.scim.call(
              b.scim.send(
                  "POST",
                  "/scim/v2/Users",
                  tenant.auth(),
                  Seeder.userJson("ol-seed" + i, "s" + i)));
      if (r.status() != 201) {
        b.report.missing("overload", "POST /Users answered " + r.status());
        return;
      }
      ids.add(r.json().getString("id"));
    }
    AtomicLong sequence = new AtomicLong();
    IntFunction<Scim.Request> mix =
        n -> {
          long k = sequence.getAndIncrement();
          return k % 2 == 0
              ? b.scim.send(
                  "POST", "/scim/v2/Users", tenant.auth(), Seeder.userJson("ol" + k, "o" + k))
              : b.scim.get("/scim/v2/Users/" + ids.get((int) (k % ids.size())), tenant.auth());
        };

    drive(b.clients, b.warmup, mix, null);
    Outcome single = drive(1, 3, mix, null);
    Outcome capacity = drive(b.clients, b.seconds, mix, null);
    b.report.add(
        f("capacity: POST/GET mix, %d clients", b.clients),
        f(
            "%.0f/s p50 %.1f p99 %.1f ms %s",
            capacity.admittedPerSecond(),
            Outcome.ms(capacity.admitted, 50),
            Outcome.ms(capacity.admitted, 99),
            capacity.statuses),
        "",
        null);

    int clients = (int) Math.round(b.clients * factor);
    Histogram admin = new Histogram(MAX_MICROS, 3);
    Map<Integer, Long> adminStatuses = new ConcurrentHashMap<>();
    AtomicBoolean polling = new AtomicBoolean(true);
    Thread poller =
        new Thread(
            () -> {
              Scim.Request request =
                  b.scim.get("/api/admin/v1/provisioning", "Bearer " + tenant.adminToken);
              while (polling.get()) {
                long t0 = System.nanoTime();
                int status = b.scim.status(request);
                admin.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                adminStatuses.merge(status, 1L, Long::sum);
                sleep(50);
              }
            });
    // The poller starts once the overload is under way.
    Outcome over =
        drive(
            clients,
            b.seconds,
            mix,
            () -> {
              sleep(1_000);
              poller.start();
            });
    polling.set(false);
    poller.join();

    long errors = over.count(500, 599) + over.count(-1, -1);
    b.report.add(
        f("%.0fx capacity: %d clients, statuses", factor, clients),
        over.statuses.toString(),
        "no 5xx",
        errors == 0);
    b.report.add(
        f("%.0fx capacity: admitted requests", factor),
        f(
            "%.0f/s p50 %.1f p99 %.1f max %.1f ms",
            over.admittedPerSecond(),
            Outcome.ms(over.admitted, 50),
            Outcome.ms(over.admitted, 99),
            Outcome.ms(over.admitted, 100)),
        "bounded p99",
        null);
    b.report.add(
        f("%.0fx capacity: 429 answers", factor),
        f(
            "%d, p50 %.1f p99 %.1f ms",
            over.refused.getTotalCount(),
            Outcome.ms(over.refused, 50),
            Outcome.ms(over.refused, 99)),
        "",
        null);
    b.report.add(
        "admin API during the overload (GET provisioning)",
        f(
            "%d calls %s p50 %.1f p99 %.1f max %.1f ms",
            admin.getTotalCount(),
            new TreeMap<>(adminStatuses),
            Outcome.ms(admin, 50),
            Outcome.ms(admin, 99),
            Outcome.ms(admin, 100)),
        "all 200",
        adminStatuses.keySet().stream().allMatch(s -> s == 200));

    double threshold = Math.max(2 * Outcome.ms(single.admitted, 99), 10);
    double recovery = recovery(over.stoppedAt, mix, threshold);
    b.report.add(
        "recovery: load stopped until 20 answers in a row are 2xx within "
            + f("%.0f ms", threshold),
        recovery < 0 ? "not within 60 s" : f("%.2f s", recovery),
        "<=10 s",
        recovery >= 0 && recovery <= 10);
  }

  /**
   * Seconds from {@code stoppedAt} until a single client has had 20 answers in a row that are 2xx
   * within {@code thresholdMs}, counted to the first of them; -1 if not within 60 s.
   */
  private double recovery(long stoppedAt, IntFunction<Scim.Request> mix, double thresholdMs) {
    int good = 0;
    long firstGood = 0;
    for (int n = 0; System.nanoTime() - stoppedAt < 60_000_000_000L; n++) {
      long t0 = System.nanoTime();
      int status = b.scim.status(mix.apply(n));
      double ms = (System.nanoTime() - t0) / 1e6;
      if (status >= 200 && status < 300 && ms <= thresholdMs) {
        if (good++ == 0) {
          firstGood = t0;
        }
        if (good == 20) {
          return Math.max(0, firstGood - stoppedAt) / 1e9;
        }
      } else {
        good = 0;
      }
    }
    return -1;
  }

  /** Closed loop: {@code clients} send requests for {@code seconds}; {@code during} runs beside. */
  private Outcome drive(
      int clients, double seconds, IntFunction<Scim.Request> request, Runnable during) {
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    List<Histogram[]> histograms = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Histogram[] h = {new Histogram(MAX_MICROS, 3), new Histogram(MAX_MICROS, 3)};
        histograms.add(h);
        futures.add(
            pool.submit(
                () -> {
                  for (int n = 0; System.nanoTime() < deadline; n++) {
                    Scim.Request r = request.apply(n);
                    long t0 = System.nanoTime();
                    int status = b.scim.status(r);
                    long micros = Math.max(1, (System.nanoTime() - t0) / 1000);
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    if (status >= 200 && status < 300) {
                      h[0].recordValue(Math.min(MAX_MICROS, micros));
                    } else if (status == 429) {
                      h[1].recordValue(Math.min(MAX_MICROS, micros));
                    }
                  }
                }));
      }
      if (during != null) {
        during.run();
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    Histogram admitted = new Histogram(MAX_MICROS, 3);
    Histogram refused = new Histogram(MAX_MICROS, 3);
    for (Histogram[] h : histograms) {
      admitted.add(h[0]);
      refused.add(h[1]);
    }
    Map<Integer, Long> counts = new TreeMap<>();
    statuses.forEach((s, n) -> counts.put(s, n.sum()));
    return new Outcome(counts, admitted, refused, (deadline - start) / 1e9, deadline);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
