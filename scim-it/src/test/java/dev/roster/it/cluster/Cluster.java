package dev.roster.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Two Roster nodes and HAProxy in front of them, on one machine and one PostgreSQL database, as
 * {@code cluster/run.sh} starts them. Arquillian manages one server only, so the nodes are
 * processes of the provisioned server: one WildFly home, a server base directory per node (its
 * configuration, the EAR the build made, its data and log), its own port offset and node name.
 * Everything started is killed on {@link #close}.
 */
final class Cluster implements AutoCloseable {
  static final String PLATFORM_KEY = "cluster-platform-key";
  private static final int OFFSET = Integer.getInteger("roster.it.port.offset", 0);
  private static final HttpClient PROBE =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  final Path dir = Path.of(System.getProperty("roster.it.cluster.dir"));
  private final Path home = Path.of(System.getProperty("roster.it.cluster.server"));
  private final String secretKey = randomKey();
  final int balancerPort = 18080 + OFFSET;
  final List<Node> nodes = List.of(new Node("node1", OFFSET + 10), new Node("node2", OFFSET + 20));

  /** GMS "installing view": every view a node installs, merged views included (size in group 1). */
  private static final Pattern VIEW =
      Pattern.compile("installing view .*?\\|\\d+\\] \\((\\d+)\\) \\[");

  private Process haproxy;

  /** Starts both nodes together (a new cluster's first start races) and the balancer. */
  Cluster start() throws IOException {
    deleteRecursively(dir);
    Files.createDirectories(dir);
    for (Node node : nodes) {
      node.prepare();
    }
    startBalancer();
    for (Node node : nodes) {
      node.start();
    }
    for (Node node : nodes) {
      node.awaitReady(Duration.ofMinutes(10));
    }
    return this;
  }

  String balancer() {
    return "http://localhost:" + balancerPort;
  }

  Node node(String name) {
    return nodes.stream().filter(n -> n.name.equals(name)).findFirst().orElseThrow();
  }

  /**
   * Waits until the last view each node installed holds both nodes. One node's view is not enough:
   * a coordinator that answers a JOIN too late installs a view of two while the joiner has already
   * started a cluster of its own, and only the merge that follows makes them one.
   */
  void awaitBothInView(Duration timeout) throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      boolean all = true;
      for (Node node : nodes) {
        all &= node.lastViewSize() == nodes.size();
      }
      if (all) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("The nodes did not form a cluster of two; see " + dir);
  }

  /** Waits until the last view the node installed has this many members. */
  static void awaitViewSize(Node node, int size, Duration timeout)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (node.lastViewSize() != size) {
      if (System.nanoTime() > end) {
        throw new AssertionError(node.name + "'s view did not come to " + size + " members");
      }
      Thread.sleep(250);
    }
  }

  private void startBalancer() throws IOException {
    Path haproxyBin =
        Stream.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The cluster test needs HAProxy: apt-get install haproxy"));
    StringBuilder servers = new StringBuilder();
    for (Node node : nodes) {
      servers.append(
          "  server %s 127.0.0.1:%d check port %d inter 500ms fall 2 rise 2 cookie %s%n"
              .formatted(node.name, node.httpPort(), node.managementPort(), node.name));
    }
    Path config = dir.resolve("haproxy.cfg");
    Files.writeString(
        config,
        """
        defaults
          mode http
          timeout connect 2s
          timeout client 60s
          timeout server 60s
          retries 3
          option redispatch
        frontend roster
          bind 127.0.0.1:%d
          default_backend nodes
        backend nodes
          balance roundrobin
          cookie ROSTER_NODE insert indirect nocache httponly
          option httpchk GET /health/ready
          http-check expect status 200
        %s"""
            .formatted(balancerPort, servers));
    haproxy =
        new ProcessBuilder(haproxyBin.toString(), "-db", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("haproxy.log").toFile())
            .start();
  }

  @Override
  public void close() {
    for (Node node : nodes) {
      node.kill();
    }
    if (haproxy != null) {
      haproxy.destroyForcibly();
    }
  }

  /** One WildFly process; {@link #kill} is kill -9, of the launch script and the JVM it runs. */
  final class Node {
    final String name;
    final int offset;
    private final Path base;
    private Process process;

    Node(String name, int offset) {
      this.name = name;
      this.offset = offset;
      this.base = dir.resolve(name);
    }

    int httpPort() {
      return 8080 + offset;
    }

    int managementPort() {
      return 9990 + offset;
    }

    String url() {
      return "http://localhost:" + httpPort();
    }

    private void prepare() throws IOException {
      copy(home.resolve("standalone/configuration"), base.resolve("configuration"));
      Files.createDirectories(base.resolve("deployments"));
      Files.copy(
          Path.of(System.getProperty("roster.it.ear")), base.resolve("deployments/roster.ear"));
    }

    void start() throws IOException {
      List<String> command = new ArrayList<>();
      // -Droster.it.cluster.cpus.node1=1: the node runs on those CPUs only (taskset), to measure
      // what it does with cores of its own, as on a host of its own.
      String cpus = System.getProperty("roster.it.cluster.cpus." + name);
      if (cpus != null) {
        command.addAll(List.of("taskset", "-c", cpus));
      }
      command.addAll(
          List.of(
              home.resolve("bin/standalone.sh").toString(),
              "-Djboss.server.base.dir=" + base,
              "-Djboss.node.name=" + name,
              "-Djboss.socket.binding.port-offset=" + offset,
              // Two nodes booting at once on a loaded machine outlast the default 300 s.
              "-Djboss.as.management.blocking.timeout=900",
              "-Droster.db.url=" + System.getProperty("roster.it.db.url"),
              "-Droster.db.user=" + System.getProperty("roster.it.db.user"),
              "-Droster.db.password=" + System.getProperty("roster.it.db.password"),
              "-Droster.secret.key=" + secretKey,
              "-Droster.public.url=" + balancer(),
              "-Droster.platform.key=" + PLATFORM_KEY,
              "-Droster.data.dir=" + base.resolve("roster-data"),
              // ClusterIT's webhook receiver is on loopback; retries come quickly once it is back.
              "-Droster.webhooks.allow.loopback=true",
              "-Droster.webhooks.retry.first=PT0.5S",
              "-Droster.webhooks.retry.longest=PT2S"));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().put("ROSTER_DB_POOL_SIZE", "10");
      builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true");
      builder.redirectErrorStream(true);
      builder.redirectOutput(
          ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
      process = builder.start();
    }

    /** Waits for readiness (Roster's database check included); returns how long it took. */
    Duration awaitReady(Duration timeout) {
      long start = System.nanoTime();
      long end = start + timeout.toNanos();
      while (System.nanoTime() < end) {
        if (!process.isAlive()) {
          throw new AssertionError(name + " exited; see " + base.resolve("console.log"));
        }
        if (ready()) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
        if (startedWithErrors()) {
          throw new AssertionError(name + " failed to deploy Roster; see " + serverLog());
        }
        sleep(500);
      }
      throw new AssertionError(name + " not ready after " + timeout + "; see " + base);
    }

    boolean ready() {
      try {
        HttpRequest request =
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + managementPort() + "/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        return PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** SIGKILL to the JVM and its launch script: no shutdown hook, no goodbye to the cluster. */
    void kill() {
      if (process == null) {
        return;
      }
      List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
      all.add(process.toHandle());
      all.forEach(ProcessHandle::destroyForcibly);
      try {
        for (ProcessHandle p : all) {
          p.onExit().get();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    /** SIGSTOP (or SIGCONT) to the JVM and its launch script: a node that answers nothing. */
    void signal(String signal) throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
      process.descendants().forEach(p -> command.add(String.valueOf(p.pid())));
      command.add(String.valueOf(process.pid()));
      Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (kill.waitFor() != 0) {
        throw new IllegalStateException(
            command + ": " + new String(kill.getInputStream().readAllBytes()));
      }
    }

    /**
     * Whether the node started from the build's class-data archive: standalone.sh prints the
     * JAVA_OPTS it runs with, and bin/standalone.conf adds the archive when the build wrote one.
     */
    boolean startsFromClassArchive() throws IOException {
      Path console = base.resolve("console.log");
      return Files.exists(console)
          && Files.readString(console, StandardCharsets.ISO_8859_1)
              .contains("-XX:SharedArchiveFile=");
    }

    /** How many lines of this node's log (every start of it) contain the text. */
    long logLines(String text) throws IOException {
      Path log = serverLog();
      return Files.exists(log)
          ? Files.readAllLines(log).stream().filter(line -> line.contains(text)).count()
          : 0;
    }

    private Path serverLog() {
      return base.resolve("log/server.log");
    }

    /** The log's last start (WFLYSRV0049) ended "started (with errors)" (WFLYSRV0026). */
    private boolean startedWithErrors() {
      try {
        Path log = serverLog();
        boolean errors = false;
        for (String line : Files.exists(log) ? Files.readAllLines(log) : List.<String>of()) {
          if (line.contains("WFLYSRV0049")) {
            errors = false;
          } else if (line.contains("WFLYSRV0026")) {
            errors = true;
          }
        }
        return errors;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Members in the last cluster view this node logged (0 before the first). */
    int lastViewSize() throws IOException {
      Path log = serverLog();
      if (!Files.exists(log)) {
        return 0;
      }
      int size = 0;
      for (String line : Files.readAllLines(log)) {
        // node2: installing view [node1|1] (2) [node1, node2] (node2 joined)
        // node1: installing view MergeView::[node1|3] (2) [node1, node2], 2 subgroups: ...
        Matcher view = VIEW.matcher(line);
        if (view.find()) {
          size = Integer.parseInt(view.group(1));
        }
      }
      return size;
    }
  }

  private static String randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      List<Path> all = new ArrayList<>(files.sorted(Comparator.reverseOrder()).toList());
      for (Path file : all) {
        Files.delete(file);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
