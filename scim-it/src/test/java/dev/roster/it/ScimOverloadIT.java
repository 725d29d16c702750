package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Overload protection: a token over its rate and a server over its limit of SCIM requests in flight
 * answer 429 with Retry-After and a SCIM error, other tokens and the admin API are not affected,
 * and the in-flight count comes back to zero whatever the requests did. The limits are lowered for
 * the test through WildFly system properties (Roster reads them live, at most a second late) and
 * restored after it; test classes run one at a time against the server.
 */
class ScimOverloadIT extends RosterDeployment {
  private static final String RATE = "roster.scim.rate.limit.per.second";
  private static final String BURST = "roster.scim.rate.limit.burst";
  private static final String MAX_IN_FLIGHT = "roster.scim.max.in.flight";
  private static final String WAIT_MILLIS = "roster.scim.in.flight.wait.millis";

  /** How late Roster may see a changed setting, plus a margin. */
  private static final Duration SETTINGS_DELAY = Duration.ofMillis(1_300);

  @ArquillianResource ManagementClient management;
  private final List<String> changed = new ArrayList<>();

  @AfterEach
  void restoreDefaults() throws Exception {
    for (String name : changed) {
      manage("remove", name, null);
    }
    if (!changed.isEmpty()) {
      // The next test class must not run under the lowered limits.
      Thread.sleep(SETTINGS_DELAY.toMillis());
    }
  }

  @Test
  void aTokenOverItsRateGets429WithRetryAfterWhileOthersAndTheAdminApiGoOn() throws Exception {
    ScimClient busy = ScimClient.newTenant();
    ScimClient other = ScimClient.newTenant();
    AdminClient admin = AdminClient.newOrganization();
    set(RATE, "1");
    set(BURST, "3");

    List<Integer> statuses = new ArrayList<>();
    Http.Response refused = null;
    for (int i = 0; i < 10 && refused == null; i++) {
      Http.Response r = busy.get("/Users?count=1");
      statuses.add(r.status());
      if (r.status() == 429) {
        refused = r;
      }
    }
    // The burst of 3 passes (a slow machine may earn one more meanwhile), then the rate applies.
    assertThat(refused).as("statuses %s", statuses).isNotNull();
    assertThat(statuses.subList(0, 3)).containsOnly(200);
    assertThat(statuses.size()).isBetween(4, 5);
    assertScimTooManyRequests(refused);
    assertThat(refused.json().getString("detail"))
        .contains("more than 1 requests per second")
        .contains("Retry after 1 second");

    assertThat(other.get("/Users?count=1").status()).isEqualTo(200);
    assertThat(admin.get("/provisioning").status()).isEqualTo(200);

    // Retry-After is honest: after it the token is served again.
    Thread.sleep(Long.parseLong(refused.header("Retry-After")) * 1_000);
    assertThat(busy.get("/Users?count=1").status()).isEqualTo(200);
  }

  @Test
  void aFullServerRefusesScimWith429ButNotTheAdminApi() throws Exception {
    ScimClient holder = ScimClient.newTenant();
    ScimClient other = ScimClient.newTenant();
    AdminClient admin = AdminClient.newOrganization();
    set(MAX_IN_FLIGHT, "1");
    set(WAIT_MILLIS, "100");

    try (HeldRequest held = HeldRequest.start(holder, userBody("held"))) {
      Http.Response refused = untilRefused(other);
      assertScimTooManyRequests(refused);
      assertThat(refused.header("Retry-After")).isEqualTo("1");
      assertThat(refused.json().getString("detail")).contains("as many SCIM requests");
      // Refused before authentication: a caller without a token learns only that Roster is busy.
      assertThat(Http.get("/scim/v2/Users").status()).isEqualTo(429);

      assertThat(admin.get("/provisioning").status()).isEqualTo(200);
      assertThat(AdminClient.signInResponse(admin.slug, admin.email, AdminClient.PASSWORD).status())
          .isEqualTo(200);

      assertThat(held.finish()).startsWith("HTTP/1.1 201");
    }
    assertThat(other.get("/Users?count=1").status()).isEqualTo(200);
  }

  /**
   * With a limit of one, any request left counted would refuse every later one: after failures of
   * every kind and a client that vanishes mid-body, requests still pass one after another.
   */
  @Test
  void theInFlightCountComesBackToZeroWhateverTheRequestsDid() throws Exception {
    ScimClient scim = ScimClient.newTenant();
    set(MAX_IN_FLIGHT, "1");
    set(WAIT_MILLIS, "0");

    refusedAsWrong(scim.post("/Users", "{not json"));
    refusedAsWrong(scim.get("/Users/" + UUID.randomUUID()));
    refusedAsWrong(scim.get("/Users?filter=nonsense%20eq"));
    refusedAsWrong(scim.get("/Nowhere"));
    refusedAsWrong(scim.delete("/Users"));
    refusedAsWrong(Http.get("/scim/v2/Users", "Authorization", "Bearer rstr_scim_unknown"));
    assertThat(scim.get("/Me").status()).isEqualTo(501);
    HeldRequest.start(scim, userBody("vanished")).abandon();

    // The abandoned request ends when the server reads the end of its stream.
    long abandoned = System.nanoTime();
    long deadline = abandoned + Duration.ofSeconds(30).toNanos();
    int status;
    int refused = 0;
    do {
      status = scim.get("/Users?count=1").status();
      refused += status == 429 ? 1 : 0;
    } while (status == 429 && System.nanoTime() < deadline);
    System.out.printf(
        "%s: the abandoned request left after %d ms (%d requests refused meanwhile)%n",
        java.time.Instant.now(), (System.nanoTime() - abandoned) / 1_000_000, refused);
    assertThat(status).isEqualTo(200);
    for (int i = 0; i < 20; i++) {
      assertThat(scim.get("/Users?count=1").status()).isEqualTo(200);
    }
  }

  private static void refusedAsWrong(Http.Response r) {
    assertThat(r.status()).as(r.toString()).isBetween(400, 499).isNotEqualTo(429);
  }

  private static void assertScimTooManyRequests(Http.Response r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(429);
    assertThat(r.header("Content-Type")).startsWith("application/scim+json");
    assertThat(Long.parseLong(r.header("Retry-After"))).isGreaterThanOrEqualTo(1);
    JsonObject body = r.json();
    assertThat(body.getJsonArray("schemas").getString(0))
        .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
    assertThat(body.getString("status")).isEqualTo("429");
    assertThat(body.containsKey("scimType")).isFalse();
  }

  /** Requests from another tenant until one finds the held request in the only place. */
  private static Http.Response untilRefused(ScimClient scim) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      Http.Response r = scim.get("/Users?count=1");
      if (r.status() == 429) {
        return r;
      }
      assertThat(r.status()).isEqualTo(200);
    }
    throw new AssertionError("no request was refused while another was held in flight");
  }

  private static String userBody(String prefix) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + prefix
        + "-"
        + UUID.randomUUID()
        + "\"}";
  }

  private void set(String name, String value) throws Exception {
    manage("add", name, value);
    changed.add(name);
    Thread.sleep(SETTINGS_DELAY.toMillis());
  }

  private void manage(String operation, String name, String value) throws IOException {
    ModelNode op = new ModelNode();
    op.get("operation").set(operation);
    op.get("address").add("system-property", name);
    if (value != null) {
      op.get("value").set(value);
    }
    ModelNode result = management.getControllerClient().execute(op);
    assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
  }

  /**
   * A SCIM POST whose headers and first half of the body are sent, the rest held back: the server
   * has taken the request in (it is in flight) and waits for the body.
   */
  private static final class HeldRequest implements AutoCloseable {
    private final Socket socket;
    private final byte[] rest;

    private HeldRequest(Socket socket, byte[] rest) {
      this.socket = socket;
      this.rest = rest;
    }

    static HeldRequest start(ScimClient scim, String json) throws IOException {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      Socket socket = new Socket("localhost", Integer.parseInt(Http.BASE.replaceAll(".*:", "")));
      socket.setSoTimeout(30_000);
      String head =
          "POST /scim/v2/Users HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
              + scim.tenant.auth()
              + "\r\nContent-Type: application/scim+json\r\nContent-Length: "
              + body.length
              + "\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
      byte[] rest = new byte[body.length - body.length / 2];
      System.arraycopy(body, body.length / 2, rest, 0, rest.length);
      return new HeldRequest(socket, rest);
    }

    /** Sends the rest of the body and returns the start of the answer. */
    String finish() throws IOException {
      socket.getOutputStream().write(rest);
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[64];
      int n = in.read(buffer);
      return new String(buffer, 0, Math.max(0, n), StandardCharsets.US_ASCII);
    }

    /** Goes away without the rest of the body. */
    void abandon() {
      close();
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
