package dev.roster.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlPolicyTest {
  /** A fake DNS: names map to one or more comma-separated literal addresses. */
  private static final Map<String, String> DNS =
      Map.of(
          "hooks.example.com", "93.184.216.34",
          "v6.example.com", "2606:2800:220:1:248:1893:25c8:1946",
          "dual.example.com", "93.184.216.34,2606:2800:220:1:248:1893:25c8:1946",
          "internal.example.com", "10.1.2.3",
          "metadata.example.com", "169.254.169.254",
          "rebind.example.com", "93.184.216.34,127.0.0.1",
          "sneaky.example.com", "93.184.216.34,fd00::1",
          "localhost", "127.0.0.1,::1",
          "cgnat.example.com", "100.100.1.1");

  private static final HostResolver FAKE =
      host -> {
        String addresses = DNS.get(host);
        if (addresses == null) {
          throw new UnknownHostException(host);
        }
        String[] literals = addresses.split(",");
        InetAddress[] result = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
          result[i] = InetAddress.getByName(literals[i]);
        }
        return result;
      };

  private final WebhookUrlPolicy strict = new WebhookUrlPolicy(FAKE, false);
  private final WebhookUrlPolicy dev = new WebhookUrlPolicy(FAKE, true);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://hooks.example.com/roster",
        "https://hooks.example.com:8443/a/b?c=d",
        "HTTPS://hooks.example.com/",
        "https://v6.example.com/",
        "https://dual.example.com/",
        "https://93.184.216.34/hook",
        "https://[2606:2800:220:1:248:1893:25c8:1946]/hook",
        "https://8.8.8.8/",
        "https://100.128.0.1/",
        "https://172.32.0.1/",
        "https://172.15.255.255/",
        "https://192.169.0.1/"
      })
  void publicHttpsUrlsAreAccepted(String url) {
    assertThat(strict.check(url).toString()).isEqualTo(url);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://hooks.example.com/|only https",
        "ftp://hooks.example.com/|only https",
        "file:///etc/passwd|only https",
        "hooks.example.com/path|not an absolute",
        "https:///path|no host",
        "https://user:pw@hooks.example.com/|credentials",
        "https://hooks.example.com/#frag|fragment",
        "https://unknown.example.com/|does not resolve",
        "https://exa mple.com/|not a valid URL",
        "https://127.0.0.1/|loopback",
        "https://127.8.9.10/|loopback",
        "https://localhost/|loopback",
        "https://[::1]/|loopback",
        "https://0.0.0.0/|unspecified",
        "https://[::]/|unspecified",
        "https://0.1.2.3/|0.0.0.0/8",
        "https://10.0.0.1/|private",
        "https://10.255.255.255/|private",
        "https://172.16.0.1/|private",
        "https://172.31.255.254/|private",
        "https://192.168.1.1/|private",
        "https://100.64.0.1/|carrier-grade NAT",
        "https://100.127.255.255/|carrier-grade NAT",
        "https://169.254.169.254/latest/meta-data/|link-local",
        "https://169.254.0.1/|link-local",
        "https://[fe80::1]/|link-local",
        "https://[febf::1]/|link-local",
        "https://[fc00::1]/|unique-local",
        "https://[fd12:3456::1]/|unique-local",
        "https://[::ffff:127.0.0.1]/|embeds an IPv4",
        "https://[::ffff:8.8.8.8]/|embeds an IPv4",
        "https://[::ffff:a9fe:a9fe]/|embeds an IPv4",
        "https://[64:ff9b::a00:1]/|embeds an IPv4",
        "https://[fe80::1%25eth0]/|zone",
        "https://224.0.0.1/|multicast",
        "https://239.255.255.250/|multicast",
        "https://[ff02::1]/|multicast",
        "https://255.255.255.255/|broadcast",
        "https://240.0.0.1/|reserved",
        "https://198.18.0.1/|benchmarking",
        "https://192.0.0.8/|IETF",
        "https://[2001:db8::1]/|documentation",
        "https://internal.example.com/|resolves to 10.1.2.3 and it is a private network address",
        "https://metadata.example.com/|resolves to 169.254.169.254 and it is a link-local",
        "https://rebind.example.com/|resolves to 127.0.0.1 and it is a loopback",
        "https://sneaky.example.com/|unique-local",
        "https://cgnat.example.com/|carrier-grade NAT"
      })
  void forbiddenUrlsAreRefusedSayingWhy(String url, String reason) {
    assertThatThrownBy(() -> strict.check(url))
        .isInstanceOf(WebhookUrlRefusedException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void emptyAndOverlongUrlsAreRefused() {
    assertThatThrownBy(() -> strict.check(" ")).hasMessageContaining("required");
    assertThatThrownBy(() -> strict.check(null)).hasMessageContaining("required");
    assertThatThrownBy(() -> strict.check("https://hooks.example.com/" + "a".repeat(2000)))
        .hasMessageContaining("longer than");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:9000/hook",
        "http://localhost:9000/hook",
        "http://[::1]:9000/",
        "https://localhost/"
      })
  void allowLoopbackLetsDevelopmentCallLoopback(String url) {
    assertThat(dev.check(url).toString()).isEqualTo(url);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://hooks.example.com/|only https",
        "http://10.0.0.1/|private",
        "http://169.254.169.254/|link-local",
        "https://rebind.example.com/|loopback",
        "http://[::ffff:127.0.0.1]/|embeds an IPv4"
      })
  void allowLoopbackAllowsNothingElse(String url, String reason) {
    assertThatThrownBy(() -> dev.check(url))
        .isInstanceOf(WebhookUrlRefusedException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void publicHttpsStaysAllowedWithAllowLoopback() {
    assertThat(dev.check("https://hooks.example.com/x")).hasHost("hooks.example.com");
  }
}
