package dev.roster.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.event.Event;
import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.DeliveryQueue.Claimed;
import dev.roster.domain.webhook.Webhook;
import dev.roster.domain.webhook.WebhookSecrets;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sender against a bare HTTP/1.1 endpoint on loopback that records every request it reads and
 * every connection it accepts: one stream's deliveries share one kept-alive connection, and a
 * connection the endpoint closed between two deliveries costs neither a failed attempt nor a
 * duplicate. The sender buffers the body rather than streaming it, which spares each send the JDK's
 * 1 ms probe of a reused connection; these tests hold it to what that probe was for.
 */
class WebhookSenderTest {
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final WebhookSender sender = new WebhookSender();
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Event> events = new ArrayList<>();
  private ServerSocket endpoint;

  @BeforeEach
  void start() throws IOException {
    WebhookSettings settings = new WebhookSettings();
    settings.allowLoopback = true;
    sender.settings = settings;
    sender.scheduler = managed(scheduler);
    sender.init();
    endpoint = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  }

  @AfterEach
  void stop() throws IOException {
    sender.close();
    scheduler.shutdownNow();
    endpoint.close();
  }

  @Test
  void aStreamsDeliveriesShareOneKeptAliveConnection() {
    serve(false);

    List<DeliveryAttempt> attempts = sendInOrder(20);

    assertThat(attempts).allSatisfy(a -> assertThat(a.succeeded()).isTrue());
    assertThat(received).containsExactlyElementsOf(ids(attempts.size()));
    assertThat(connections).as("connections accepted").hasValue(1);
  }

  @Test
  void aConnectionTheEndpointClosedIsSentOnAgainNeitherFailedNorDuplicated() {
    serve(true); // answers, then closes the connection without saying so (an idle timeout)

    List<DeliveryAttempt> attempts = sendInOrder(20);

    assertThat(attempts)
        .allSatisfy(
            a -> {
              assertThat(a.error()).isNull();
              assertThat(a.status()).isEqualTo(204);
            });
    assertThat(received).as("each once, in order").containsExactlyElementsOf(ids(attempts.size()));
    assertThat(connections).as("connections accepted").hasValue(20);
  }

  private List<DeliveryAttempt> sendInOrder(int count) {
    Webhook webhook =
        Webhook.create(
            null,
            "http://127.0.0.1:" + endpoint.getLocalPort() + "/hook",
            Set.of(),
            Set.of(),
            "unused",
            Instant.now());
    WebhookSender.Target target =
        new WebhookSender.Target(
            webhook, URI.create(webhook.url()), List.of(WebhookSecrets.newSecret()), null);
    List<DeliveryAttempt> attempts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Event event =
          new Event(
              UUID.randomUUID(),
              "user.created",
              UUID.randomUUID(),
              Instant.now(),
              "{\"n\":" + i + "}",
              i + 1);
      events.add(event);
      attempts.add(
          sender.send(new Claimed(UUID.randomUUID(), webhook.id(), event, 0, null), target));
    }
    return attempts;
  }

  /** What the endpoint should have read: each event's id, in the order sent. */
  private List<String> ids(int count) {
    return events.subList(0, count).stream().map(e -> e.id().toString()).toList();
  }

  /** Serves connections one at a time; records each request's event id (from its body). */
  private void serve(boolean closeAfterEachAnswer) {
    Thread thread =
        new Thread(
            () -> {
              while (!endpoint.isClosed()) {
                try (Socket socket = endpoint.accept()) {
                  connections.incrementAndGet();
                  InputStream in = new BufferedInputStream(socket.getInputStream());
                  OutputStream out = socket.getOutputStream();
                  String body;
                  while ((body = readRequest(in)) != null) {
                    received.add(body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
                    out.write(
                        "HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    if (closeAfterEachAnswer) {
                      break;
                    }
                  }
                } catch (IOException e) {
                  // closed by the test, or a connection the client dropped
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
  }

  /** The body of the next request on the connection, or null at its end. */
  private static String readRequest(InputStream in) throws IOException {
    int length = -1;
    String line;
    boolean any = false;
    while ((line = readLine(in)) != null && !line.isEmpty()) {
      any = true;
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lower.substring("content-length:".length()).trim());
      }
    }
    if (!any || length < 0) {
      return null;
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c != '\r') {
        line.write(c);
      }
    }
    return c == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.US_ASCII);
  }

  /** The server's managed executor, played by a plain one. */
  private static ManagedScheduledExecutorService managed(ScheduledExecutorService delegate) {
    return (ManagedScheduledExecutorService)
        Proxy.newProxyInstance(
            WebhookSenderTest.class.getClassLoader(),
            new Class<?>[] {ManagedScheduledExecutorService.class},
            (proxy, method, args) -> {
              try {
                return ScheduledExecutorService.class
                    .getMethod(method.getName(), method.getParameterTypes())
                    .invoke(delegate, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
