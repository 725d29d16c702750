package dev.roster.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on loopback in the test JVM, verifying each delivery as the Standard Webhooks
 * libraries do: the signature over {@code id.timestamp.body} with the endpoint's secret(s), and a
 * timestamp within five minutes. {@link #answer} decides the status per delivery.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** One request received: its headers, its body, and whether its signature verified. */
  public record Received(
      String id,
      long timestamp,
      String signatures,
      String body,
      JsonObject event,
      int answered,
      boolean valid) {
    public String type() {
      return event.getString("type");
    }

    public long position() {
      return event.getJsonNumber("position").longValue();
    }

    public String organizationId() {
      return event.getString("organizationId");
    }
  }

  private HttpServer server;
  private final int port;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile List<String> secrets = List.of();
  private volatile Function<JsonObject, Integer> answer = event -> 204;
  private volatile Function<JsonObject, Duration> stall = event -> Duration.ZERO;
  private volatile String responseBody = "";

  public WebhookReceiver() {
    server = listen(0);
    port = server.getAddress().getPort();
  }

  private HttpServer listen(int on) {
    try {
      HttpServer s =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), on), 0);
      s.createContext("/hook", this::handle);
      s.setExecutor(Executors.newFixedThreadPool(4));
      s.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + port + "/hook";
  }

  /** Stops listening: deliveries meet a refused connection until {@link #up()}. */
  public void down() {
    server.stop(0);
  }

  /** Listens again on the same port. */
  public void up() {
    server = listen(port);
  }

  /** The secrets a delivery may be signed with (any one verifying is enough). */
  public void secrets(String... values) {
    secrets = List.of(values);
  }

  public void answer(Function<JsonObject, Integer> status) {
    answer = status;
  }

  /** How long to wait before answering each delivery. */
  public void stall(Function<JsonObject, Duration> delay) {
    stall = delay;
  }

  /** The body of every answer (none by default). */
  public void respondWith(String body) {
    responseBody = body;
  }

  public List<Received> received() {
    return new ArrayList<>(received);
  }

  /** The deliveries answered 2xx, in arrival order. */
  public List<Received> delivered() {
    return received.stream().filter(r -> r.answered() / 100 == 2).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String id = exchange.getRequestHeaders().getFirst("webhook-id");
      String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
      String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
      JsonObject event;
      try (var reader = Json.createReader(new StringReader(body))) {
        event = reader.readObject();
      }
      boolean valid = verify(id, timestamp, signatures, body);
      int status = valid ? answer.apply(event) : 400;
      received.add(
          new Received(
              id,
              timestamp == null ? 0 : Long.parseLong(timestamp),
              signatures,
              body,
              event,
              status,
              valid));
      sleep(stall.apply(event));
      byte[] answerBody = responseBody.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, answerBody.length == 0 ? -1 : answerBody.length);
      exchange.getResponseBody().write(answerBody);
    }
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean verify(String id, String timestamp, String signatures, String body) {
    if (id == null || timestamp == null || signatures == null) {
      return false;
    }
    long ts = Long.parseLong(timestamp);
    if (Math.abs(System.currentTimeMillis() / 1000 - ts) > 300) {
      return false;
    }
    for (String secret : secrets) {
      byte[] expected = sign(secret, id + "." + timestamp + "." + body);
      for (String presented : signatures.split(" ")) {
        if (presented.startsWith("v1,")
            && MessageDigest.isEqual(
                expected, Base64.getDecoder().decode(presented.substring(3)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code signature} ({@code v1,…}) is {@code secret}'s over the delivery. */
  public static boolean signedWith(String secret, Received r, String signature) {
    byte[] expected = sign(secret, r.id() + "." + r.timestamp() + "." + r.body());
    return MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)));
  }

  private static byte[] sign(String secret, String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(
          new SecretKeySpec(
              Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
      return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
