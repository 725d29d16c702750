package dev.roster.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** HTTP to the server under test: SCIM with a bearer token, and the admin/platform APIs. */
final class Scim {
  static final String SCIM_JSON = "application/scim+json";
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  final String base;

  Scim(String base) {
    this.base = base;
  }

  record Reply(int status, String body) {
    JsonObject json() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }

  HttpRequest.Builder request(String path, String auth) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return b;
  }

  HttpRequest get(String path, String auth) {
    return request(path, auth).header("Accept", SCIM_JSON).GET().build();
  }

  HttpRequest send(String method, String path, String auth, String json) {
    return request(path, auth)
        .header("Content-Type", path.startsWith("/scim/") ? SCIM_JSON : "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  Reply call(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends and drains the response; -1 on an I/O error. */
  int status(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
