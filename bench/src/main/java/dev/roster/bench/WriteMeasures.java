package dev.roster.bench;

import static dev.roster.bench.Report.f;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** POST /Users with N clients, and the raw PostgreSQL insert rate of the very same rows. */
final class WriteMeasures {
  private final Bench b;

  WriteMeasures(Bench bench) {
    this.b = bench;
  }

  void postUsers(Tenant write) throws Exception {
    b.report.section("POST /Users");
    Load.Call warm =
        new Load.Call(
            n ->
                b.scim.send(
                    "POST", "/scim/v2/Users", write.auth(), Seeder.userJson("warm" + n, "w" + n)),
            201);
    b.load.forCount(b.clients, b.postWarmup, warm);
    Load.Call post =
        new Load.Call(
            n ->
                b.scim.send(
                    "POST", "/scim/v2/Users", write.auth(), Seeder.userJson("post" + n, "p" + n)),
            201);
    Load.Result r = b.load.forCount(b.clients, b.postCount, post);
    b.report.add(
        f("POST /Users, %d clients, %d users", b.clients, r.requests()),
        f(
            "%.0f/s p50 %.1f p95 %.1f p99 %.1f ms%s",
            r.throughput(), r.p(50), r.p(95), r.p(99), r.firstError()),
        ">=500/s, p99 <=120 ms",
        r.errors() == 0 && r.throughput() >= 500 && r.p(99) <= 120);

    Tenant raw = Tenant.create(b.scim, b.db, b.platformKey, "raw");
    double rate = rawInserts(write, raw);
    b.report.add(
        f("raw PostgreSQL insert of the same rows, %d threads", b.clients),
        f("%.0f rows/s (1 user + its rows per tx)", rate),
        "",
        null);
    b.report.add("POST /Users rate / raw insert rate", f("%.2f", r.throughput() / rate), "", null);
  }

  /** The posted users' rows (app_user and every user_id table), re-inserted under another org. */
  private double rawInserts(Tenant from, Tenant to) throws Exception {
    Map<String, List<Map<String, Object>>> byUser = new LinkedHashMap<>();
    List<String> childTables = new ArrayList<>();
    try (Connection c = b.db.connect()) {
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select table_name from information_schema.columns where table_schema ="
                      + " 'public' and column_name = 'user_id' and table_name <> 'app_user'")) {
        while (rs.next()) {
          childTables.add(rs.getString(1));
        }
      }
      for (Map<String, Object> row :
          rows(
              c,
              "select * from app_user where organization_id = ? and user_name_key like 'post%'",
              from.id)) {
        byUser.put(row.get("id").toString(), new ArrayList<>(List.of(row)));
      }
      for (String table : childTables) {
        for (Map<String, Object> row :
            rows(
                c,
                "select t.* from "
                    + table
                    + " t join app_user u on u.id = t.user_id"
                    + " where u.organization_id = ? and u.user_name_key like 'post%'",
                from.id)) {
          row.put("$table", table);
          byUser.get(row.get("user_id").toString()).add(row);
        }
      }
    }
    List<List<Map<String, Object>>> users = new ArrayList<>(byUser.values());
    Collections.shuffle(users);
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(b.clients);
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < b.clients; t++) {
      futures.add(
          pool.submit(
              () -> {
                try (Connection c = b.db.connect()) {
                  c.setAutoCommit(false);
                  int i;
                  while ((i = next.getAndIncrement()) < users.size()) {
                    UUID id = UUID.randomUUID();
                    for (Map<String, Object> row : users.get(i)) {
                      insert(c, (String) row.getOrDefault("$table", "app_user"), row, id, to.id);
                    }
                    c.commit();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return users.size() / ((System.nanoTime() - t0) / 1e9);
  }

  private static void insert(Connection c, String table, Map<String, Object> row, UUID id, UUID org)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (Map.Entry<String, Object> e : row.entrySet()) {
      String col = e.getKey();
      if (col.startsWith("$")) {
        continue;
      }
      columns.add(col);
      boolean key = table.equals("app_user") ? col.equals("id") : col.equals("user_id");
      values.add(key ? id : col.equals("organization_id") ? org : e.getValue());
    }
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") values ("
            + "?, ".repeat(columns.size() - 1)
            + "?)";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        s.setObject(i + 1, values.get(i));
      }
      s.executeUpdate();
    }
  }

  private static List<Map<String, Object>> rows(Connection c, String sql, UUID org)
      throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, org);
      try (ResultSet rs = s.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnName(i), rs.getObject(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
