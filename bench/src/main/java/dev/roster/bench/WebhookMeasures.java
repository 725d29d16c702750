package dev.roster.bench;

import static dev.roster.bench.Report.f;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
  private static final int MEMBERS_PER_PATCH = 10;
  private final Bench b;
  private final Histogram lagMillis = new Histogram(3_600_000L, 3);
  private final AtomicLong received = new AtomicLong();

  WebhookMeasures(Bench bench) {
    this.b = bench;
  }

  /** {@code alone}: no other measure ran before (bench.only=webhooks). */
  void measure(boolean alone) throws Exception {
    b.report.section("Webhooks");
    HttpServer receiver = receiver();
    try {
      String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
      Tenant plain = Tenant.create(b.scim, b.db, b.platformKey, "nohook");
      Tenant hooked = Tenant.create(b.scim, b.db, b.platformKey, "hooked");
      if (alone) {
        // Run alone, no POST measure came first: warm the JIT up the same way (unmeasured).
        b.load.forCount(
            b.clients,
            b.postWarmup,
            new Load.Call(
                n ->
                    b.scim.send(
                        "POST",
                        "/scim/v2/Users",
                        plain.auth(),
                        Seeder.userJson("warm" + n, "w" + n)),
                201));
      }
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
      double rate = Double.parseDouble(System.getProperty("bench.webhooks.rate", "500"));
      // bench.webhooks.bulk=N: the creates come as Bulk requests of N each.
      int perCreate = Math.max(1, Integer.getInteger("bench.webhooks.bulk", 1));
      lag(
          rate,
          perCreate,
          perCreate == 1 ? "user.created" : f("user.created, Bulk of %d", perCreate),
          perCreate == 1
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
                          "POST", "/scim/v2/Bulk", hooked.auth(), bulkCreates(n, perCreate)),
                  200));
      // The same rate of events that cost the server little to make (10 members added by one
      // PATCH): on a machine whose cores are taken by 500 creates a second, this measures the
      // delivery rather than the competition for the cores.
      List<UUID> users = userIds(hooked);
      int groupCount = (int) Math.ceil(rate * b.seconds / users.size()) + 1;
      List<UUID> groups = new ArrayList<>();
      for (int g = 0; g < groupCount; g++) {
        UUID group = hooked.createGroup(b.scim, "lag-group-" + g);
        if (group == null) {
          throw new IllegalStateException("Cannot create a group for the lag measure");
        }
        groups.add(group);
      }
      lag(
          rate,
          MEMBERS_PER_PATCH,
          f("group.member_added, %d per PATCH", MEMBERS_PER_PATCH),
          new Load.Call(
              n -> {
                int first = n * MEMBERS_PER_PATCH;
                UUID group = groups.get(first / users.size());
                StringBuilder members = new StringBuilder();
                for (int i = 0; i < MEMBERS_PER_PATCH; i++) {
                  members
                      .append(i == 0 ? "" : ",")
                      .append("{\"value\":\"")
                      .append(users.get((first + i) % users.size()))
                      .append("\"}");
                }
                return b.scim.send(
                    "PATCH",
                    "/scim/v2/Groups/" + group,
                    hooked.auth(),
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":["
                        + members
                        + "]}]}");
              },
              200,
              204));
    } finally {
      receiver.stop(0);
    }
  }

  /**
   * Events at {@code rate} a second for the measure's time, {@code perRequest} from each request,
   * and their delivery lag (receipt − occurredAt).
   */
  private void lag(double rate, int perRequest, String what, Load.Call call)
      throws InterruptedException {
    synchronized (lagMillis) {
      lagMillis.reset();
    }
    received.set(0);
    Load.Result paced = b.load.atRate(b.clients, rate / perRequest, 0, b.seconds, call);
    long events = paced.requests() * perRequest;
    boolean all = waitFor(events, 60);
    Histogram lag;
    synchronized (lagMillis) {
      lag = lagMillis.copy();
    }
    b.report.add(
        f("delivery lag at %.0f events/s (%d %s)", rate, events, what),
        f(
            "p50 %d p95 %d p99 %d ms%s%s%s",
            lag.getValueAtPercentile(50),
            lag.getValueAtPercentile(95),
            lag.getValueAtPercentile(99),
            all ? "" : " (not all delivered in 60 s)",
            paced.errors() == 0 ? "" : f(" (%d failed requests)", paced.errors()),
            paced.throughput() * perRequest < rate * 0.9
                ? f(" (only %.0f events/s made)", paced.throughput() * perRequest)
                : ""),
        "p95 <= 1000 ms",
        all && paced.errors() == 0 && lag.getValueAtPercentile(95) <= 1000);
  }

  private List<UUID> userIds(Tenant tenant) {
    return b.db.uuids("select id from app_user where organization_id = ? order by id", tenant.id);
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
                    + "\",\"eventTypes\":[\"user.created\",\"group.member_added\"],\"organizations\":[\""
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
      // Handled on the server's own thread: one hand-over less per delivery, and deliveries of one
      // stream come one at a time anyway.
      server.setExecutor(null);
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
