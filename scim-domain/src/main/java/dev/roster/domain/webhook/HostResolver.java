package dev.roster.domain.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into every address it resolves to; injected so tests can fake DNS. */
@FunctionalInterface
public interface HostResolver {
  HostResolver SYSTEM = InetAddress::getAllByName;

  InetAddress[] resolve(String host) throws UnknownHostException;
}
