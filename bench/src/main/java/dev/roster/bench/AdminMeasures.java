package dev.roster.bench;

import static dev.roster.bench.Report.f;

/** Admin API: a role mapping that re-roles many users at once. */
final class AdminMeasures {
  private final Bench b;

  AdminMeasures(Bench bench) {
    this.b = bench;
  }

  void roleMapping(Tenant large) throws Exception {
    b.report.section("Role mapping");
    String measure = "role mapping created, re-roling %d users (POST role-mappings)";
    int users = Math.min(100_000, large.users.size());
    if (large.adminToken == null) {
      b.report.missing(f(measure, users), "admin API missing");
      return;
    }
    b.seeder.addIdpRole(large, "engineering", 0, users);
    b.seeder.analyze();
    long t0 = System.nanoTime();
    Scim.Reply r =
        b.scim.call(
            b.scim.send(
                "POST",
                "/api/admin/v1/provisioning/role-mappings",
                "Bearer " + large.adminToken,
                "{\"source\":\"ROLE\",\"idpValue\":\"engineering\",\"role\":\"Editor\"}"));
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (r.status() == 404 || r.status() == 405) {
      b.report.missing(f(measure, users), "endpoint missing");
      return;
    }
    long editors =
        b.db.count(
            "select count(*) from app_user where organization_id = ? and upper(role) = 'EDITOR'",
            large.id);
    b.report.add(
        f(measure, users),
        f("%.2f s (HTTP %d, %d users now Editor)", seconds, r.status(), editors),
        "",
        null);
    events(large, editors, t0);
  }

  /**
   * The re-role's user.role_changed events: written by the same statement as the roles (so counted
   * right after the response), then positioned by the sequencer; how long until all are readable.
   */
  private void events(Tenant large, long expected, long t0) throws Exception {
    String measure = "user.role_changed events of the re-role (written / readable)";
    String count =
        "select count(*) from event where organization_id = ? and type = 'user.role_changed'";
    long written;
    try {
      written = b.db.count(count, large.id);
    } catch (RuntimeException e) {
      b.report.missing(measure, "no event table");
      return;
    }
    long readable;
    do {
      readable = b.db.count(count + " and position is not null", large.id);
      if (readable < written) {
        Thread.sleep(50);
      }
    } while (readable < written && System.nanoTime() - t0 < 120_000_000_000L);
    double seconds = (System.nanoTime() - t0) / 1e9;
    b.report.add(
        measure,
        f(
            "%d written (%d users re-roled), all readable %.2f s after the request",
            written, expected, seconds),
        "",
        null);
  }
}
