package dev.roster.application.webhook;

import dev.roster.application.event.EventDocuments;
import dev.roster.application.sso.SecretCipher;
import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.DeliveryQueue.Claimed;
import dev.roster.domain.webhook.Webhook;
import dev.roster.domain.webhook.WebhookSecrets;
import dev.roster.domain.webhook.WebhookUrlRefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;

/**
 * Sends one delivery as Standard Webhooks prescribes and reports the attempt; never throws. The URL
 * is checked again first (its name may resolve elsewhere now), an https connection's peer address
 * before TLS starts ({@link PeerCheckingSocketFactory}), redirects are never followed, only the
 * first {@link DeliveryAttempt#MAX_EXCERPT} bytes of a response are read, and a send that has not
 * finished within the timeout is cut off.
 *
 * <p>The send blocks the calling thread from request to response ({@link HttpURLConnection}, with
 * the JDK's keep-alive cache). A stream's deliveries go one after the other, so each one's latency
 * bounds the stream's rate: a blocking send wakes one thread per delivery, where an asynchronous
 * client hands each request and response between several, and on a busy machine every hand-over
 * waits for a core.
 *
 * <p>The body is buffered, not streamed ({@code setFixedLengthStreamingMode}): before a streamed
 * POST on a reused keep-alive connection the JDK probes the connection with a read that waits 1 ms
 * ({@code sun.net.www.http.HttpClient.New} calls {@code available()}), which put a 1 ms floor under
 * every send and held a stream below 900 a second. For a buffered POST the JDK opens a new
 * connection when the kept-alive one turns out closed by the endpoint ({@code WebhookSenderTest});
 * at worst a delivery arrives twice, with the same {@code webhook-id}.
 */
@ApplicationScoped
public class WebhookSender {
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject SecretCipher cipher;
  @Inject WebhookSettings settings;

  /** Sends in progress and when each must end; a watchdog disconnects the late ones. */
  private final Map<HttpURLConnection, Long> inFlight = new ConcurrentHashMap<>();

  private ScheduledFuture<?> watchdog;
  private PeerCheckingSocketFactory tls;

  @PostConstruct
  void init() {
    tls =
        new PeerCheckingSocketFactory(
            HttpsURLConnection.getDefaultSSLSocketFactory(), settings.urlPolicy());
    watchdog = scheduler.scheduleWithFixedDelay(this::cutOffLate, 1, 1, TimeUnit.SECONDS);
  }

  @PreDestroy
  void close() {
    watchdog.cancel(false);
  }

  /**
   * Where one claimed stream goes and the secrets that sign it, worked out once for the stream's
   * deliveries (they are all sent within a third of the lease): the URL checked again (its name may
   * resolve elsewhere now) and the secrets decrypted.
   */
  public Target target(Webhook webhook) {
    Instant now = Instant.now();
    try {
      return new Target(
          webhook,
          settings.urlPolicy().check(webhook.url()),
          webhook.signingSecretsEncrypted(now).stream().map(cipher::decrypt).toList(),
          null);
    } catch (WebhookUrlRefusedException e) {
      return new Target(webhook, null, List.of(), "Not sent: " + e.getMessage());
    }
  }

  /** A stream's destination: its URL and secrets, or why nothing may be sent to it. */
  public record Target(Webhook webhook, URI uri, List<String> secrets, String refused) {}

  public DeliveryAttempt send(Claimed delivery, Target target) {
    Instant start = Instant.now();
    if (target.refused() != null) {
      return failed(delivery, start, target.refused());
    }
    String json = EventDocuments.toJson(delivery.event());
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String id = target.webhook().messageId(delivery.event().id());
    long timestamp = start.getEpochSecond();
    String signatures = WebhookSecrets.signatures(target.secrets(), id, timestamp, json);
    Duration timeout = settings.timeout();
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) target.uri().toURL().openConnection();
      if (connection instanceof HttpsURLConnection https && direct(target.uri())) {
        https.setSSLSocketFactory(tls);
      }
      inFlight.put(connection, System.nanoTime() + timeout.toNanos());
      connection.setInstanceFollowRedirects(false);
      connection.setConnectTimeout((int) timeout.toMillis());
      connection.setReadTimeout((int) timeout.toMillis());
      connection.setRequestMethod("POST");
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/json");
      connection.setRequestProperty("User-Agent", "Roster-Webhooks/1");
      connection.setRequestProperty("webhook-id", id);
      connection.setRequestProperty("webhook-timestamp", Long.toString(timestamp));
      connection.setRequestProperty("webhook-signature", signatures);
      try (OutputStream out = connection.getOutputStream()) {
        out.write(body);
      }
      int status = connection.getResponseCode();
      String excerpt = excerpt(connection, status);
      if (inFlight.remove(connection) == null) {
        return failed(delivery, start, timedOut(timeout));
      }
      return new DeliveryAttempt(delivery.id(), start, millisSince(start), status, excerpt, null);
    } catch (IOException | RuntimeException e) {
      boolean cutOff = connection != null && inFlight.remove(connection) == null;
      if (connection != null) {
        connection.disconnect();
      }
      return failed(
          delivery,
          start,
          cutOff || e instanceof SocketTimeoutException ? timedOut(timeout) : describe(e));
    }
  }

  /** A refused peer is told as a refused URL is ("Not sent: …"); anything else by its type. */
  private static String describe(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PeerCheckingSocketFactory.RefusedPeerException refused) {
        return "Not sent: " + refused.getMessage();
      }
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /**
   * Whether the JDK connects to the endpoint itself. Through an egress proxy (https.proxyHost) the
   * connection reaches the proxy, whose address says nothing about the endpoint's, so the peer
   * check is left to the proxy (the URL was still checked).
   */
  private static boolean direct(URI uri) {
    ProxySelector proxies = ProxySelector.getDefault();
    return proxies == null
        || proxies.select(uri).stream().allMatch(p -> p.type() == Proxy.Type.DIRECT);
  }

  /** Disconnects sends past their end: the blocked thread then fails with an I/O error. */
  private void cutOffLate() {
    long now = System.nanoTime();
    inFlight.forEach(
        (connection, end) -> {
          if (now - end > 0 && inFlight.remove(connection, end)) {
            connection.disconnect();
          }
        });
  }

  /**
   * The start of the response body. A body read to its end leaves the connection for the next send
   * to the same endpoint; a longer one is not drained, the connection is dropped instead.
   */
  private static String excerpt(HttpURLConnection connection, int status) throws IOException {
    InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
    if (stream == null) {
      return null;
    }
    byte[] bytes = stream.readNBytes(DeliveryAttempt.MAX_EXCERPT);
    if (stream.read() == -1) {
      stream.close();
    } else {
      connection.disconnect();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static DeliveryAttempt failed(Claimed delivery, Instant start, String error) {
    return new DeliveryAttempt(delivery.id(), start, millisSince(start), null, null, error);
  }

  private static String timedOut(Duration timeout) {
    return "No response within " + timeout.toSeconds() + " seconds";
  }

  private static long millisSince(Instant start) {
    return Duration.between(start, Instant.now()).toMillis();
  }
}
