package dev.roster.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.domain.webhook.HostResolver;
import dev.roster.domain.webhook.WebhookUrlPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.Test;

/**
 * The JDK's own https client, pointed at a name that now resolves to loopback (as a rebinding DNS
 * server would answer after the URL check): the connection is made, then refused before a byte of
 * TLS is sent. With loopback allowed, the same connection goes on to the TLS handshake, so the
 * check sits on the path the JDK really takes.
 */
class PeerCheckingSocketFactoryTest {

  @Test
  void aConnectionThatReachedAForbiddenAddressIsClosedBeforeTlsStarts() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Integer> firstByte = firstByteReceived(listener);

      Throwable refused = catchThrowable(() -> post(listener.getLocalPort(), false));

      assertThat(causes(refused))
          .as("refused because of the address reached")
          .anySatisfy(
              t ->
                  assertThat(t)
                      .isInstanceOf(PeerCheckingSocketFactory.RefusedPeerException.class)
                      .hasMessageContaining("'localhost' resolved to 127.0.0.1 when connecting")
                      .hasMessageContaining("loopback"));
      assertThat(firstByte.get(10, TimeUnit.SECONDS))
          .as("the TCP connection was made, and closed with nothing sent")
          .isEqualTo(-1);
    }
  }

  @Test
  void anAllowedAddressGoesOnToTheTlsHandshake() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Integer> firstByte = firstByteReceived(listener);

      Throwable failed = catchThrowable(() -> post(listener.getLocalPort(), true));

      assertThat(firstByte.get(10, TimeUnit.SECONDS))
          .as("a TLS handshake record (ClientHello) arrived")
          .isEqualTo(0x16);
      assertThat(causes(failed))
          .noneMatch(t -> t instanceof PeerCheckingSocketFactory.RefusedPeerException);
    }
  }

  private static void post(int port, boolean allowLoopback) throws IOException {
    PeerCheckingSocketFactory factory =
        new PeerCheckingSocketFactory(
            HttpsURLConnection.getDefaultSSLSocketFactory(),
            new WebhookUrlPolicy(HostResolver.SYSTEM, allowLoopback));
    HttpsURLConnection connection =
        (HttpsURLConnection)
            URI.create("https://localhost:" + port + "/hook").toURL().openConnection();
    connection.setSSLSocketFactory(factory);
    connection.setConnectTimeout(5_000);
    connection.setReadTimeout(2_000);
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    try {
      connection.getOutputStream().write('x');
      connection.getResponseCode();
    } finally {
      connection.disconnect();
    }
  }

  /** Accepts one connection and reports its first byte (-1: closed without one). */
  private static CompletableFuture<Integer> firstByteReceived(ServerSocket listener) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (Socket s = listener.accept();
              InputStream in = s.getInputStream()) {
            s.setSoTimeout(10_000);
            return in.read();
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static List<Throwable> causes(Throwable t) {
    List<Throwable> all = new ArrayList<>();
    for (; t != null; t = t.getCause()) {
      all.add(t);
    }
    return all;
  }
}
