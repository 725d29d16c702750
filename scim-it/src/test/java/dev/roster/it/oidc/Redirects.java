package dev.roster.it.oidc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Follows a sign-in's redirects as a browser would (cookies kept), stopping where the browser would
 * land on the host product, or at a page that is not a redirect. Where a browser adds nothing, this
 * keeps the many sign-in cases fast; the main path also runs in Chromium.
 */
final class Redirects {
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** Where the walk ended: the product's redirect URI with its query, or an error page. */
  record Landing(String location, int status, String body) {
    boolean atProduct() {
      return location != null;
    }
  }

  Landing follow(URI start, String productRedirectUri) {
    return follow(start, productRedirectUri, UnaryOperator.identity());
  }

  /** {@code rewrite} may change each hop before it is followed (a tampering browser). */
  Landing follow(URI start, String productRedirectUri, UnaryOperator<URI> rewrite) {
    URI next = start;
    for (int hop = 0; hop < 10; hop++) {
      HttpResponse<String> r = get(next);
      if (r.statusCode() / 100 != 3) {
        return new Landing(null, r.statusCode(), r.body());
      }
      String location = r.headers().firstValue("Location").orElseThrow();
      URI target = next.resolve(location);
      if (target.toString().startsWith(productRedirectUri + "?")) {
        return new Landing(target.toString(), r.statusCode(), null);
      }
      next = rewrite.apply(target);
    }
    throw new AssertionError("Too many redirects from " + start);
  }

  HttpResponse<String> get(URI uri) {
    try {
      return client.send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
