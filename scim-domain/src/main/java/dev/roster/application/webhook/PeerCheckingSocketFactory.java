package dev.roster.application.webhook;

import dev.roster.domain.webhook.WebhookUrlPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;

/**
 * Closes the DNS-rebinding gap of https deliveries: checks the address a connection actually
 * reached before TLS starts. The URL was checked when its batch was claimed, but the JDK resolves
 * the name again when it connects, and a rebinding DNS server can answer with a private or metadata
 * address by then.
 *
 * <p>{@code HttpsURLConnection} first asks its factory for an unconnected socket; this factory
 * declines (a {@link SocketException} caused by {@link UnsupportedOperationException}, the JDK's
 * documented signal), so the JDK connects a plain socket itself and then asks the factory to layer
 * TLS over it, naming the host: that is where the peer's address is checked, and TLS (SNI, the
 * certificate's host name) still goes by the name. Every other way of making a socket is refused,
 * so none bypasses the check. One instance per policy: the JDK keeps alive connections per factory.
 */
final class PeerCheckingSocketFactory extends SSLSocketFactory {
  private final SSLSocketFactory tls;
  private final WebhookUrlPolicy policy;

  PeerCheckingSocketFactory(SSLSocketFactory tls, WebhookUrlPolicy policy) {
    this.tls = tls;
    this.policy = policy;
  }

  /** A connection refused because of the address it reached; its message says which and why. */
  static final class RefusedPeerException extends IOException {
    RefusedPeerException(String message) {
      super(message);
    }
  }

  @Override
  public Socket createSocket(Socket connected, String host, int port, boolean autoClose)
      throws IOException {
    InetAddress peer = connected.getInetAddress();
    Optional<String> why =
        peer == null ? Optional.of("is not connected") : policy.whyNotReachable(peer);
    if (why.isPresent()) {
      connected.close();
      throw new RefusedPeerException(
          "'"
              + host
              + "' resolved to "
              + (peer == null ? "nothing" : peer.getHostAddress())
              + " when connecting, and "
              + why.get());
    }
    return tls.createSocket(connected, host, port, autoClose);
  }

  @Override
  public Socket createSocket() throws SocketException {
    SocketException decline = new SocketException("connect first, then layer TLS");
    decline.initCause(new UnsupportedOperationException());
    throw decline;
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    throw unchecked();
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    throw unchecked();
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    throw unchecked();
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    throw unchecked();
  }

  private static SocketException unchecked() {
    return new SocketException("only sockets whose peer address is checked are made");
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return tls.getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return tls.getSupportedCipherSuites();
  }
}
