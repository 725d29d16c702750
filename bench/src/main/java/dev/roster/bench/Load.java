package dev.roster.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * Load from a number of clients, for a duration or a total number of requests. Closed loop: each
 * client sends its next request as soon as the previous answered (the throughput the server can
 * reach). Open loop ({@link #atRate}): requests are due at a fixed rate whatever the answers, and
 * each latency counts from the moment its request was due, so a server that falls behind shows it
 * (no coordinated omission). Latencies go into an HdrHistogram per client (microseconds), merged at
 * the end.
 */
final class Load {
  private final Scim scim;

  Load(Scim scim) {
    this.scim = scim;
  }

  /** What one run measured. */
  record Result(long requests, long errors, double seconds, Histogram latencyMicros) {
    double throughput() {
      return requests / seconds;
    }

    double p(double percentile) {
      return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    String firstError() {
      return errors == 0 ? "" : " (" + errors + " errors)";
    }
  }

  /** A request factory given a global sequence number, and the status that counts as success. */
  record Call(IntFunction<Scim.Request> request, int... okStatus) {}

  Result forDuration(int clients, double warmupSeconds, double seconds, Call call) {
    if (warmupSeconds > 0) {
      run(clients, (long) (warmupSeconds * 1e9), Long.MAX_VALUE, call);
    }
    return run(clients, (long) (seconds * 1e9), Long.MAX_VALUE, call);
  }

  Result forCount(int clients, long count, Call call) {
    return run(clients, Long.MAX_VALUE, count, call);
  }

  /** Open loop: requests due every 1/rate seconds for the given time, sent by up to clients. */
  Result atRate(int clients, double rate, double warmupSeconds, double seconds, Call call) {
    if (warmupSeconds > 0) {
      run(clients, (long) (warmupSeconds * 1e9), Long.MAX_VALUE, call, rate);
    }
    return run(clients, (long) (seconds * 1e9), Long.MAX_VALUE, call, rate);
  }

  private Result run(int clients, long nanos, long count, Call call) {
    return run(clients, nanos, count, call, 0);
  }

  private Result run(int clients, long nanos, long count, Call call, double rate) {
    long interval = rate > 0 ? (long) (1e9 / rate) : 0;
    AtomicLong sequence = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<Histogram> histograms = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : start + nanos;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Histogram h = new Histogram(60_000_000L, 3);
        histograms.add(h);
        futures.add(
            pool.submit(
                () -> {
                  long n;
                  while (System.nanoTime() < deadline && (n = sequence.getAndIncrement()) < count) {
                    Scim.Request request = call.request().apply((int) n);
                    long t0 = System.nanoTime();
                    if (interval > 0) {
                      long due = start + n * interval;
                      if (due >= deadline) {
                        break;
                      }
                      LockSupport.parkNanos(due - t0);
                      t0 = due;
                    }
                    int status = scim.status(request);
                    h.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                    if (!ok(status, call.okStatus())) {
                      if (errors.getAndIncrement() == 0) {
                        System.err.println("  unexpected " + status + " for " + request.uri());
                      }
                    }
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Histogram all = new Histogram(60_000_000L, 3);
    histograms.forEach(all::add);
    return new Result(all.getTotalCount(), errors.get(), seconds, all);
  }

  private static boolean ok(int status, int[] okStatus) {
    for (int s : okStatus) {
      if (s == status) {
        return true;
      }
    }
    return false;
  }
}
