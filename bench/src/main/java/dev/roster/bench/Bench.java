package dev.roster.bench;

import static dev.roster.bench.Report.f;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Roster benchmark. "create-db" makes a fresh, empty database (before the server starts and
 * migrates it); "run" seeds organizations and measures the SCIM endpoints against the issue's
 * targets. Settings are system properties (see run.sh).
 */
public final class Bench {
  final Scim scim;
  final Database db;
  final Load load;
  final Report report = new Report();
  final Seeder seeder;
  final int clients = Integer.getInteger("bench.clients", 16);
  final int smallUsers = Integer.getInteger("bench.users.small", 1_000);
  final int largeUsers = Integer.getInteger("bench.users.large", 200_000);
  final int postCount = Integer.getInteger("bench.post.count", 3_000);
  // POSTs before the measured ones: the server has just started, and "sustained" means after the
  // JIT has compiled the write path (a 500-POST warm-up measured a third less than steady state).
  final int postWarmup = Integer.getInteger("bench.post.warmup", 10_000);
  final double seconds = Double.parseDouble(System.getProperty("bench.seconds", "10"));
  final double warmup = Double.parseDouble(System.getProperty("bench.warmup", "5"));
  final double jitWarmup = Double.parseDouble(System.getProperty("bench.jit.warmup", "90"));
  final String platformKey = System.getProperty("bench.platform.key", "bench-platform-key");

  Bench() {
    scim = new Scim(System.getProperty("bench.base", "http://localhost:8380"));
    db =
        new Database(
            System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/roster_bench"),
            System.getProperty("bench.db.user", "postgres"),
            System.getProperty("bench.db.password", "unused"));
    load = new Load(scim);
    seeder = new Seeder(scim, db);
  }

  public static void main(String[] args) throws Exception {
    Bench bench = new Bench();
    if (args.length > 0 && args[0].equals("create-db")) {
      bench.db.recreate();
      System.out.println("Created empty database " + bench.db.url);
      return;
    }
    // Exit even when a measure fails: pooled HTTP clients and a mock IdP keep threads alive.
    try {
      bench.run();
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  /** The machine's 1/5/15-minute load, to judge how much else ran beside the benchmark. */
  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  void run() throws Exception {
    System.out.printf(
        "Roster benchmark %s against %s: %d clients, %d s per read measure (+%s s warm-up),"
            + " %d and %d users, %d POSTs, %d cores%n",
        LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
        scim.base,
        clients,
        (int) seconds,
        warmup,
        smallUsers,
        largeUsers,
        postCount,
        Runtime.getRuntime().availableProcessors());

    System.out.println("Load average at start: " + loadAverage());
    Tenant write = Tenant.create(scim, db, platformKey, "write");
    int probe = scim.status(scim.get("/scim/v2/Users?count=1", write.auth()));
    boolean scimUsers = probe != 404 && probe != 405;
    boolean consoleOnly = "console".equals(System.getProperty("bench.only"));
    if ("signin".equals(System.getProperty("bench.only"))) {
      new SignInMeasures(this).signIns(Integer.getInteger("bench.signins", 400));
      report.print("Summary (sign-in only; shared machine)");
      return;
    }
    if ("overload".equals(System.getProperty("bench.only"))) {
      new OverloadMeasures(this).measure();
      System.out.println("Load average at end: " + loadAverage());
      report.print("Summary (overload only; shared machine)");
      return;
    }
    if ("webhooks".equals(System.getProperty("bench.only"))) {
      new WebhookMeasures(this).measure(true);
      report.print("Summary (webhooks only; shared machine)");
      return;
    }
    if ("rerole".equals(System.getProperty("bench.only"))) {
      report.section("Seeding");
      Tenant large = Tenant.create(scim, db, platformKey, "large");
      double seconds = seeder.seedUsers(large, largeUsers, scimUsers);
      seeder.analyze();
      System.out.printf("  seeded %d users in %.1f s, then ANALYZE%n", largeUsers, seconds);
      new AdminMeasures(this).roleMapping(large);
      report.print("Summary (re-role only; shared machine)");
      return;
    }
    if (scimUsers && !consoleOnly) {
      new WriteMeasures(this).postUsers(write);
      if (!"false".equals(System.getProperty("bench.webhooks"))) {
        new WebhookMeasures(this).measure(false);
      }
    } else if (!consoleOnly) {
      report.section("POST /Users");
      report.missing("POST /Users and raw insert rate", "endpoint missing");
    }

    report.section("Seeding");
    Tenant small = Tenant.create(scim, db, platformKey, "small");
    Tenant large = Tenant.create(scim, db, platformKey, "large");
    double s1 = seeder.seedUsers(small, smallUsers, scimUsers);
    double s2 = seeder.seedUsers(large, largeUsers, scimUsers);
    seeder.analyze();
    System.out.printf(
        "  seeded %d users in %.1f s and %d users in %.1f s (template user %s, then COPY),"
            + " then ANALYZE%n",
        smallUsers, s1, largeUsers, s2, scimUsers ? "via POST /Users" : "via SQL");

    ConsoleMeasures console =
        new ConsoleMeasures(this, System.getProperty("bench.base", "http://localhost:8380"));
    if (consoleOnly) {
      console.screens(large);
      report.print("Summary (console only; shared machine)");
      return;
    }
    ReadMeasures reads = new ReadMeasures(this);
    if (scimUsers) {
      reads.warmUp(small, large);
    }
    if (scimUsers) {
      reads.users(small, large);
    } else {
      report.section("GET /Users");
      report.missing("GET /Users/{id}, filter userName eq / externalId eq", "endpoint missing");
    }
    new GroupMeasures(this).groups(large);
    if (scimUsers) {
      reads.paging(large);
    } else {
      report.section("Paging");
      report.missing("GET /Users first vs last page", "endpoint missing");
    }
    new AdminMeasures(this).roleMapping(large);
    new SignInMeasures(this).signIns(Integer.getInteger("bench.signins", 400));
    console.screens(large);
    reads.authentication(small);
    // Last: it leaves tens of thousands of extra users and a saturated JIT profile behind.
    new OverloadMeasures(this).measure();

    System.out.println();
    System.out.println("Load average at end: " + loadAverage());
    report.print(
        f(
            "Summary (%d clients; shared %d-core machine: server, PostgreSQL and load generator"
                + " compete for the same cores)",
            clients, Runtime.getRuntime().availableProcessors()));
  }
}
