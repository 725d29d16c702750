package dev.roster.domain.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether Roster may call a webhook URL, when it is registered and again before every
 * delivery (a name may resolve elsewhere by then: DNS rebinding). Only https to a host whose every
 * address is public; with {@code allowLoopback} (development and tests) also plain http, and only
 * to loopback.
 */
public final class WebhookUrlPolicy {
  private static final int MAX_LENGTH = 2000;

  private final HostResolver resolver;
  private final boolean allowLoopback;

  public WebhookUrlPolicy(HostResolver resolver, boolean allowLoopback) {
    this.resolver = resolver;
    this.allowLoopback = allowLoopback;
  }

  /** The URL as Roster will call it; throws {@link WebhookUrlRefusedException} saying why not. */
  public URI check(String url) {
    if (url == null || url.isBlank()) {
      throw new WebhookUrlRefusedException("", "a URL is required");
    }
    if (url.length() > MAX_LENGTH) {
      throw new WebhookUrlRefusedException(
          url.substring(0, 60) + "…", "it is longer than " + MAX_LENGTH + " characters");
    }
    URI uri = parse(url);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new WebhookUrlRefusedException(url, "only https URLs are allowed");
    }
    if (uri.getRawUserInfo() != null) {
      throw new WebhookUrlRefusedException(url, "credentials in the URL are not allowed");
    }
    if (uri.getRawFragment() != null) {
      throw new WebhookUrlRefusedException(url, "a fragment (#…) is not allowed");
    }
    if (scheme.equals("http") && !allowLoopback) {
      throw new WebhookUrlRefusedException(url, "only https URLs are allowed");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new WebhookUrlRefusedException(url, "it has no host name");
    }
    boolean loopback = checkAddresses(url, host);
    if (scheme.equals("http") && !loopback) {
      throw new WebhookUrlRefusedException(url, "only https URLs are allowed");
    }
    return uri;
  }

  /**
   * Why Roster may not talk to the address a connection actually reached (empty if it may): the
   * rule {@link #check} applies to every address a name resolves to, applied again to the one the
   * JDK connected to, which a rebinding DNS server may have changed since the check.
   */
  public Optional<String> whyNotReachable(InetAddress connected) {
    if (allowLoopback && connected.isLoopbackAddress()) {
      return Optional.empty();
    }
    return AddressRules.whyNotPublic(connected);
  }

  /** Whether every address is loopback (allowed only with allowLoopback); else all are public. */
  private boolean checkAddresses(String url, String host) {
    InetAddress[] addresses = resolve(url, host);
    boolean allLoopback = addresses.length > 0;
    for (InetAddress address : addresses) {
      allLoopback &= address.isLoopbackAddress();
    }
    if (allLoopback && allowLoopback) {
      return true;
    }
    for (InetAddress address : addresses) {
      Optional<String> why = AddressRules.whyNotPublic(address);
      if (why.isPresent()) {
        String literal = address.getHostAddress();
        throw new WebhookUrlRefusedException(
            url,
            isLiteral(host)
                ? why.get()
                : "'" + host + "' resolves to " + literal + " and " + why.get());
      }
    }
    return false;
  }

  private InetAddress[] resolve(String url, String host) {
    if (host.startsWith("[")) {
      String literal = host.substring(1, host.length() - 1);
      InetAddress address = literalAddress(url, literal);
      // The JDK turns ::ffff:a.b.c.d into an IPv4 address: refuse the IPv6 spelling itself.
      if (address instanceof Inet4Address) {
        throw new WebhookUrlRefusedException(
            url, "it is an IPv6 address that embeds an IPv4 address");
      }
      return new InetAddress[] {address};
    }
    if (isLiteral(host)) {
      return new InetAddress[] {literalAddress(url, host)};
    }
    try {
      InetAddress[] addresses = resolver.resolve(host);
      if (addresses == null || addresses.length == 0) {
        throw new WebhookUrlRefusedException(url, "'" + host + "' does not resolve");
      }
      return addresses;
    } catch (UnknownHostException e) {
      throw new WebhookUrlRefusedException(url, "'" + host + "' does not resolve");
    }
  }

  private static InetAddress literalAddress(String url, String literal) {
    if (literal.contains("%")) {
      throw new WebhookUrlRefusedException(url, "IPv6 zone identifiers are not allowed");
    }
    try {
      // A literal: the JDK parses it without any lookup.
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new WebhookUrlRefusedException(url, "'" + literal + "' is not an IP address");
    }
  }

  private static boolean isLiteral(String host) {
    return host.startsWith("[") || host.matches("[0-9.]+");
  }

  private static URI parse(String url) {
    try {
      URI uri = new URI(url.strip());
      if (!uri.isAbsolute() || uri.isOpaque()) {
        throw new WebhookUrlRefusedException(url, "it is not an absolute https:// URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new WebhookUrlRefusedException(url, "it is not a valid URL (" + e.getReason() + ")");
    }
  }
}
