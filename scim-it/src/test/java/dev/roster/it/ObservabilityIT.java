package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Metrics on the management interface's Prometheus endpoint, request ids in and out, and JSON log
 * lines that carry the request id and the organization.
 */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql")
class ObservabilityIT extends RosterDeployment {
  private static final String REQUESTS = "roster_scim_requests_total";
  private static final String DURATION = "roster_scim_request_duration_seconds";
  private static final Path SERVER_LOG =
      Path.of(System.getProperty("roster.it.server"), "standalone", "log", "server.log");

  @Test
  void scimRequestsAreCountedAndTimedByOperationStatusIdpAndOrganization() {
    ScimClient scim = ScimClient.newTenant();
    String org = scim.tenant.slug();
    Prometheus before = Prometheus.scrape();

    scim.createUser("metrics-" + UUID.randomUUID() + "@example.com");
    scim.createUser("metrics-" + UUID.randomUUID() + "@example.com");
    assertThat(scim.get("/Users/" + UUID.randomUUID()).status()).isEqualTo(404);
    assertThat(
            Http.get("/scim/v2/Users", "Authorization", "Bearer rstr_scim_" + UUID.randomUUID())
                .status())
        .isEqualTo(401);
    assertThat(Http.get("/scim/v2/Users").status()).isEqualTo(401);

    Prometheus after = Prometheus.scrape();
    // This organization is new: its series start with these requests.
    assertThat(
            after.sum(
                REQUESTS,
                "operation",
                "users.create",
                "status",
                "201",
                "idp",
                "other",
                "organization",
                org))
        .isEqualTo(2.0);
    assertThat(
            after.sum(
                REQUESTS,
                "operation",
                "users.get",
                "status",
                "404",
                "idp",
                "other",
                "organization",
                org))
        .isEqualTo(1.0);
    // Refused tokens belong to no organization.
    assertThat(
            after.sum(REQUESTS, "operation", "users.list", "status", "401", "organization", "_none")
                - before.sum(
                    REQUESTS, "operation", "users.list", "status", "401", "organization", "_none"))
        .isEqualTo(2.0);
    assertThat(delta(before, after, "roster_scim_token_rejections_total", "reason", "unknown"))
        .isEqualTo(1.0);
    assertThat(delta(before, after, "roster_scim_token_rejections_total", "reason", "missing"))
        .isEqualTo(1.0);

    // Latency: a histogram on fixed buckets, without the organization (bounded series).
    List<Prometheus.Sample> buckets =
        after.find(DURATION + "_bucket", "operation", "users.get", "status", "404", "idp", "other");
    assertThat(buckets).extracting(s -> s.labels().get("le")).contains("0.005", "1.0", "+Inf");
    assertThat(buckets).allSatisfy(s -> assertThat(s.labels()).doesNotContainKey("organization"));
    assertThat(
            after.find(
                DURATION + "_bucket", "operation", "users.get", "status", "404", "le", "+Inf"))
        .extracting(Prometheus.Sample::value)
        .allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(1.0));
    assertThat(after.sum(DURATION + "_count", "operation", "users.create", "idp", "other"))
        .isGreaterThanOrEqualTo(2.0);
  }

  @Test
  void theBacklogTheDeliveryLagAndTheConnectionPoolAreExported() {
    Prometheus metrics = Prometheus.scrape();
    assertThat(metrics.find("roster_events_waiting"))
        .extracting(s -> s.labels().get("stage"))
        .containsExactlyInAnyOrder("unpositioned", "undelivered");
    assertThat(metrics.find("roster_webhook_delivery_lag_seconds_count")).hasSize(1);
    assertThat(metrics.find("datasources_pool_in_use_count", "name", "RosterDS")).hasSize(1);
    assertThat(metrics.find("datasources_pool_available_count", "name", "RosterDS"))
        .extracting(Prometheus.Sample::value)
        .allSatisfy(v -> assertThat(v).isPositive());
  }

  @Test
  void aDeliveredEventIsTimedFromItsOccurrence() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Fixtures.ScimTenant tenant = Fixtures.scimTenant();
      Http.Response created =
          Http.postJson(
              "/api/platform/v1/webhooks",
              "{\"url\":\"" + receiver.url() + "\",\"organizations\":[\"" + tenant.slug() + "\"]}",
              "Authorization",
              "Bearer " + AdminClient.PLATFORM_KEY);
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      receiver.secrets(created.json().getString("secret"));
      Prometheus before = Prometheus.scrape();

      TestEvents.append(tenant.organizationId().toString(), "user.created");

      Waits.until(() -> receiver.delivered().size() == 1, "one delivery: " + receiver.received());
      String count = "roster_webhook_delivery_lag_seconds_count";
      Waits.until(
          () -> delta(before, Prometheus.scrape(), count) >= 1.0, "the delivery lag recorded");
      assertThat(
              Prometheus.scrape().sum("roster_webhook_delivery_lag_seconds_bucket", "le", "+Inf"))
          .isGreaterThanOrEqualTo(1.0);
    }
  }

  @Test
  void aSaneRequestIdIsEchoedAndAnyOtherReplaced() {
    String id = "idp-" + UUID.randomUUID();
    assertThat(
            Http.get("/scim/v2/ServiceProviderConfig", "X-Request-Id", id).header("X-Request-Id"))
        .isEqualTo(id);
    assertThat(Http.get("/scim/v2/Users", "X-Request-Id", id).header("X-Request-Id")).isEqualTo(id);
    assertThat(Http.get("/api/admin/v1/users").header("X-Request-Id")).matches("[0-9a-f-]{36}");
    assertThat(
            Http.get("/scim/v2/ServiceProviderConfig", "X-Request-Id", "a\"b")
                .header("X-Request-Id"))
        .matches("[0-9a-f-]{36}");
  }

  /**
   * A group push naming a member that does not exist is logged (and skipped): that line carries the
   * request's id and organization, and every line the server writes to its log file meanwhile is a
   * JSON object. (The file outlives a run: lines from before this test are not read.)
   */
  @Test
  void logLinesAreJsonWithTheRequestIdAndOrganization() throws Exception {
    ScimClient scim = ScimClient.newTenant();
    String group = scim.createGroup("logged-" + UUID.randomUUID());
    long from = Files.size(SERVER_LOG);
    String id = "log-" + UUID.randomUUID();
    Http.Response r =
        scim.patch(
            "/Groups/" + group,
            ScimClient.patchOps(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
                    + UUID.randomUUID()
                    + "\"}]}]"),
            "X-Request-Id",
            id);
    assertThat(r.status()).isEqualTo(204);
    assertThat(r.header("X-Request-Id")).isEqualTo(id);

    AtomicReference<JsonObject> logged = new AtomicReference<>();
    Waits.until(() -> logged.updateAndGet(l -> logLine(from, id)) != null, "a log line with " + id);
    JsonObject line = logged.get();
    assertThat(line.getString("message")).contains("Skipped member ids");
    assertThat(line.getJsonObject("mdc").getString("requestId")).isEqualTo(id);
    assertThat(line.getJsonObject("mdc").getString("organization")).isEqualTo(scim.tenant.slug());
    assertThat(line.getString("level")).isEqualTo("INFO");
  }

  private static double delta(Prometheus before, Prometheus after, String name, String... labels) {
    return after.sum(name, labels) - before.sum(name, labels);
  }

  /**
   * The JSON line of the server log after byte {@code from} that mentions {@code requestId}; every
   * line there must parse.
   */
  private static JsonObject logLine(long from, String requestId) {
    String text;
    try (FileChannel log = FileChannel.open(SERVER_LOG)) {
      ByteBuffer bytes = ByteBuffer.allocate((int) (log.size() - from));
      log.read(bytes, from);
      text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("Cannot read " + SERVER_LOG, e);
    }
    // A line still being written is left for the next look.
    text = text.substring(0, text.lastIndexOf('\n') + 1);
    JsonObject found = null;
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      JsonObject json;
      try (var reader = Json.createReader(new StringReader(line))) {
        json = reader.readObject();
      } catch (RuntimeException e) {
        throw new AssertionError("Not a JSON log line: " + line, e);
      }
      if (line.contains(requestId)) {
        found = json;
      }
    }
    return found;
  }
}
