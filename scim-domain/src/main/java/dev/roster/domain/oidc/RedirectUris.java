package dev.roster.domain.oidc;

import dev.roster.domain.common.ValidationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a client may register as a redirect URI: an absolute https URL, or plain http only on a
 * loopback host (a developer's machine), never with a fragment (RFC 6749 §3.1.2). Requests are
 * matched against them exactly, character for character, so nothing can be appended.
 */
public final class RedirectUris {
  static final int MAX = 20;

  private RedirectUris() {}

  public static List<String> validate(List<String> uris) {
    if (uris == null || uris.isEmpty()) {
      throw new ValidationException("redirectUris is required: at least one absolute https URL.");
    }
    if (uris.size() > MAX) {
      throw new ValidationException("At most " + MAX + " redirectUris.");
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String uri : uris) {
      unique.add(validate(uri));
    }
    return List.copyOf(unique);
  }

  static String validate(String value) {
    if (value == null || value.isBlank() || value.length() > 2000) {
      throw new ValidationException("A redirect URI must be a URL of at most 2000 characters.");
    }
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new ValidationException("'" + value + "' is not a valid URL: " + e.getReason());
    }
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new ValidationException(
          "'" + value + "' must be an absolute URL with a host, e.g. https://app.example/callback");
    }
    if (uri.getRawFragment() != null || value.contains("#")) {
      throw new ValidationException("'" + value + "' must not contain a fragment (#...).");
    }
    String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      throw new ValidationException(
          "'" + value + "' uses plain http: only https is allowed, or http on a loopback host.");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new ValidationException("'" + value + "' must be an https URL.");
    }
    return value;
  }

  private static boolean isLoopback(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    // Literal addresses only: a name is not resolved (it could point anywhere later).
    if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
