package dev.roster.application.webhook;

import dev.roster.application.event.EventDocuments;
import dev.roster.application.sso.SecretCipher;
import dev.roster.domain.webhook.DeliveryAttempt;
import dev.roster.domain.webhook.DeliveryQueue.Claimed;
import dev.roster.domain.webhook.Webhook;
import dev.roster.domain.webhook.WebhookSecrets;
import dev.roster.domain.webhook.WebhookUrlRefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one delivery as Standard Webhooks prescribes and reports the attempt; never throws. The URL
 * is checked again first (its name may resolve elsewhere now), redirects are never followed, and
 * only the first {@link DeliveryAttempt#MAX_EXCERPT} bytes of a response are read.
 */
@ApplicationScoped
public class WebhookSender {
  @Resource ManagedExecutorService executor;
  @Inject SecretCipher cipher;
  @Inject WebhookSettings settings;

  private HttpClient client;

  @PostConstruct
  void init() {
    client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            // Sends are sequential per stream, so HTTP/2 multiplexing gains nothing, and on plain
            // http (loopback in development) it would offer an h2c upgrade on every connection.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout())
            .executor(executor)
            .build();
  }

  public CompletableFuture<DeliveryAttempt> send(Claimed delivery, Webhook webhook) {
    Instant start = Instant.now();
    URI uri;
    try {
      uri = settings.urlPolicy().check(webhook.url());
    } catch (WebhookUrlRefusedException e) {
      return CompletableFuture.completedFuture(
          failed(delivery, start, "Not sent: " + e.getMessage()));
    }
    String body = EventDocuments.toJson(delivery.event());
    String id = webhook.messageId(delivery.event().id());
    long timestamp = start.getEpochSecond();
    String signatures =
        WebhookSecrets.signatures(
            webhook.signingSecretsEncrypted(start).stream().map(cipher::decrypt).toList(),
            id,
            timestamp,
            body);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.timeout())
            .header("Content-Type", "application/json")
            .header("User-Agent", "Roster-Webhooks/1")
            .header("webhook-id", id)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header("webhook-signature", signatures)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
        .thenApply(
            response ->
                new DeliveryAttempt(
                    delivery.id(),
                    start,
                    millisSince(start),
                    response.statusCode(),
                    excerpt(response.body()),
                    null))
        .exceptionally(e -> failed(delivery, start, describe(e)));
  }

  private static DeliveryAttempt failed(Claimed delivery, Instant start, String error) {
    return new DeliveryAttempt(delivery.id(), start, millisSince(start), null, null, error);
  }

  private static String excerpt(InputStream body) {
    try (body) {
      byte[] bytes = body.readNBytes(DeliveryAttempt.MAX_EXCERPT);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  private static String describe(Throwable e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (cause instanceof HttpTimeoutException) {
      return "No response within 10 seconds";
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static long millisSince(Instant start) {
    return java.time.Duration.between(start, Instant.now()).toMillis();
  }
}
