package dev.roster.domain.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Which IP addresses a webhook may reach: only public unicast ones. Everything a server-side
 * request forgery aims at (loopback, private networks, carrier-grade NAT, link-local including the
 * cloud metadata address, unique-local IPv6, multicast, the unspecified and reserved ranges, IPv6
 * forms that embed an IPv4 address) is refused with the name of the range.
 */
final class AddressRules {
  private AddressRules() {}

  /** Why {@code address} is not public, or empty when it is. */
  static Optional<String> whyNotPublic(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return Optional.of("it is a loopback address");
    }
    if (address.isAnyLocalAddress()) {
      return Optional.of("it is the unspecified address");
    }
    if (address.isLinkLocalAddress()) {
      return Optional.of("it is a link-local address (this includes cloud metadata services)");
    }
    if (address.isSiteLocalAddress()) {
      return Optional.of("it is a private network address");
    }
    if (address.isMulticastAddress()) {
      return Optional.of("it is a multicast address");
    }
    byte[] b = address.getAddress();
    return address instanceof Inet4Address ? whyNotPublicV4(b) : whyNotPublicV6(b);
  }

  private static Optional<String> whyNotPublicV4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    if (first == 0) {
      return Optional.of("it is in 0.0.0.0/8 (this network)");
    }
    if (first == 100 && (second & 0xc0) == 64) {
      return Optional.of("it is a carrier-grade NAT address (100.64.0.0/10)");
    }
    if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
      return Optional.of("it is an IETF protocol address (192.0.0.0/24)");
    }
    if (first == 198 && (second & 0xfe) == 18) {
      return Optional.of("it is a benchmarking address (198.18.0.0/15)");
    }
    if (first >= 240) {
      return Optional.of("it is a reserved or broadcast address (240.0.0.0/4)");
    }
    return Optional.empty();
  }

  private static Optional<String> whyNotPublicV6(byte[] b) {
    if ((b[0] & 0xfe) == 0xfc) {
      return Optional.of("it is a unique-local IPv6 address (fc00::/7)");
    }
    if (embedsIpv4(b)) {
      return Optional.of("it is an IPv6 address that embeds an IPv4 address");
    }
    if ((b[0] & 0xff) == 0x20
        && (b[1] & 0xff) == 0x01
        && (b[2] & 0xff) == 0x0d
        && (b[3] & 0xff) == 0xb8) {
      return Optional.of("it is a documentation address (2001:db8::/32)");
    }
    return Optional.empty();
  }

  /** IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96 and NAT64 64:ff9b::/96. */
  private static boolean embedsIpv4(byte[] b) {
    boolean zeroPrefix = true;
    for (int i = 0; i < 10; i++) {
      zeroPrefix &= b[i] == 0;
    }
    if (zeroPrefix
        && (b[10] == 0 && b[11] == 0 || (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
      return true;
    }
    boolean nat64 =
        (b[0] & 0xff) == 0
            && (b[1] & 0xff) == 0x64
            && (b[2] & 0xff) == 0xff
            && (b[3] & 0xff) == 0x9b;
    for (int i = 4; i < 12; i++) {
      nat64 &= b[i] == 0;
    }
    return nat64;
  }

  static boolean isIpv6(InetAddress address) {
    return address instanceof Inet6Address;
  }
}
