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
  }
}
