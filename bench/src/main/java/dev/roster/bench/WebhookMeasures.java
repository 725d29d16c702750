package dev.roster.bench;

import static dev.roster.bench.Report.f;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Webhooks under load (issue 11): POST /Users throughput with an endpoint subscribed against
 * without (target ≥ 90 %), and the delivery lag (receipt − occurredAt) at 500 events/s (target p95
 * ≤ 1 s). The receiver is a JDK HttpServer on loopback in this JVM answering 204 at once; the
 * server must run with roster.webhooks.allow.loopback=true (run.sh sets it).
 */
final class WebhookMeasures {
  private static final Pattern OCCURRED = Pattern.compile("\"occurredAt\":\"([^\"]+)\"");
  private final Bench b;
  private final Histogram lagMillis = new Histogram(3_600_000L, 3);
  private final AtomicLong received = new AtomicLong();

  WebhookMeasures(Bench bench) {
    this.b = bench;
  }

  void measure() throws Exception {
    b.report.section("Webhooks");
    HttpServer receiver = receiver();
    try {
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      Tenant plain = Tenant.create(b.scim, b.db, b.platformKey, "nohook");
      Tenant hooked = Tenant.create(b.scim, b.db, b.platformKey, "hooked");
      subscribe(url, hooked);

      Load.Result without = post(plain, "a");
      Load.Result with = post(hooked, "b");
      double ratio = with.throughput() / without.throughput();
      b.report.add(
          f("POST /Users with / without a webhook, %d clients", b.clients),
          f("%.0f/s / %.0f/s = %.0f %%", with.throughput(), without.throughput(), ratio * 100),
          ">= 90 %",
          with.errors() == 0 && ratio >= 0.9);

      waitFor(with.requests(), 60);
      synchronized (lagMillis) {
        lagMillis.reset();
      }
      received.set(0);
      double rate = Double.parseDouble(System.getProperty("bench.webhooks.rate", "500"));
      // bench.webhooks.bulk=N: the same event rate from Bulk requests of N creates each, for a
      // machine whose cores cannot also serve 500 single POSTs a second.
      int perRequest = Math.max(1, Integer.getInteger("bench.webhooks.bulk", 1));
      Load.Result paced =
          b.load.atRate(
              b.clients,
              rate / perRequest,
              0,
              b.seconds,
              perRequest == 1
                  ? new Load.Call(
                      n ->
                          b.scim.send(
                              "POST",
                              "/scim/v2/Users",
                              hooked.auth(),
                              Seeder.userJson("lag" + n, "l" + n)),
                      201)
                  : new Load.Call(
                      n ->
                          b.scim.send(
                              "POST", "/scim/v2/Bulk", hooked.auth(), bulkCreates(n, perRequest)),
                      200));
      long events = paced.requests() * perRequest;
      boolean all = waitFor(events, 60);
      Histogram lag;
      synchronized (lagMillis) {
        lag = lagMillis.copy();
      }
      b.report.add(
          f(
              "delivery lag at %.0f events/s (%d events%s)",
              rate, events, perRequest == 1 ? "" : f(", Bulk of %d", perRequest)),
          f(
              "p50 %d p95 %d p99 %d ms%s%s",
              lag.getValueAtPercentile(50),
              lag.getValueAtPercentile(95),
              lag.getValueAtPercentile(99),
              all ? "" : " (not all delivered in 60 s)",
              paced.throughput() * perRequest < rate * 0.9
                  ? f(" (only %.0f events/s posted)", paced.throughput() * perRequest)
                  : ""),
          "p95 <= 1000 ms",
          all && lag.getValueAtPercentile(95) <= 1000);
    } finally {
      receiver.stop(0);
    }
  }

  private static String bulkCreates(int n, int count) {
    StringBuilder ops = new StringBuilder();
    for (int i = 0; i < count; i++) {
      String name = "lagb" + n + "x" + i;
      ops.append(i == 0 ? "" : ",")
          .append("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u")
          .append(i)
          .append("\",\"data\":")
          .append(Seeder.userJson(name, name))
          .append('}');
    }
    return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
        + "\"Operations\":["
        + ops
        + "]}";
  }

  private Load.Result post(Tenant tenant, String prefix) {
    return b.load.forCount(
        b.clients,
        b.postCount,
        new Load.Call(
            n ->
                b.scim.send(
                    "POST",
                    "/scim/v2/Users",
                    tenant.auth(),
                    Seeder.userJson(prefix + "wh" + n, prefix + n)),
            201));
  }

  private void subscribe(String url, Tenant tenant) {
    Scim.Reply r =
        b.scim.call(
            b.scim.send(
                "POST",
                "/api/platform/v1/webhooks",
                "Bearer " + b.platformKey,
                "{\"url\":\""
                    + url
                    + "\",\"eventTypes\":[\"user.created\"],\"organizations\":[\""
                    + tenant.slug
                    + "\"]}"));
    if (r.status() != 201) {
      throw new IllegalStateException("Cannot subscribe a webhook: " + r);
    }
  }

  /** Whether the receiver got {@code count} deliveries within {@code seconds}. */
  private boolean waitFor(long count, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (received.get() < count) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(50);
    }
    return true;
  }

  private HttpServer receiver() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/hook",
          exchange -> {
            try (exchange) {
              String body =
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
              Matcher m = OCCURRED.matcher(body);
              if (m.find()) {
                long lag = Instant.now().toEpochMilli() - Instant.parse(m.group(1)).toEpochMilli();
                synchronized (lagMillis) {
                  lagMillis.recordValue(Math.max(0, lag));
                }
              }
              received.incrementAndGet();
              exchange.sendResponseHeaders(204, -1);
            }
          });
      server.setExecutor(Executors.newFixedThreadPool(8));
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
