package dev.roster.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Seeds users fast: one template user is created through POST /Users, so that its rows are exactly
 * what the server writes, and then copied N times with COPY (app_user and every table keyed by
 * user_id), with its userName, externalId and id replaced.
 */
final class Seeder {
  static final String TEMPLATE_NAME = "tmpluser";
  static final String TEMPLATE_EXTERNAL = "tmplext";
  private static final int CHUNK = 20_000;

  private final Scim scim;
  private final Database db;

  Seeder(Scim scim, Database db) {
    this.scim = scim;
    this.db = db;
  }

  static String userName(int i) {
    return String.format("user%06d@bench.example", i);
  }

  static String externalId(int i) {
    return String.format("ext%06d", i);
  }

  static String userJson(String name, String externalId) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + name
        + "@bench.example\",\"externalId\":\""
        + externalId
        + "\",\"name\":{\"givenName\":\"Bench\",\"familyName\":\""
        + name
        + "\"},\"displayName\":\""
        + name
        + "\",\"emails\":[{\"value\":\""
        + name
        + "@bench.example\",\"type\":\"work\",\"primary\":true}],\"active\":true}";
  }

  /** Adds users 0..count-1 of the tenant (ids in tenant.users); returns seconds taken. */
  double seedUsers(Tenant tenant, int count, boolean viaScim) throws SQLException, IOException {
    long t0 = System.nanoTime();
    UUID template =
        viaScim
            ? templateViaScim(tenant)
            : templateViaSql(
                tenant, TEMPLATE_NAME + "-" + tenant.slug, TEMPLATE_EXTERNAL + "-" + tenant.slug);
    String templateName = TEMPLATE_NAME + "-" + tenant.slug;
    String templateExternal = TEMPLATE_EXTERNAL + "-" + tenant.slug;
    List<UUID> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(UUID.randomUUID());
    }
    Instant base = Instant.now().minusSeconds(3600);
    try (Connection c = db.connect()) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      copyTable(
          c,
          copy,
          "app_user",
          "id",
          template,
          count,
          i ->
              new String[] {
                template.toString(),
                ids.get(i).toString(),
                templateName,
                userName(i).replace("@bench.example", ""),
                templateExternal,
                externalId(i)
              },
          base);
      for (String table : childTables(c)) {
        copyTable(
            c,
            copy,
            table,
            "user_id",
            template,
            count,
            i ->
                new String[] {
                  template.toString(),
                  ids.get(i).toString(),
                  templateName,
                  userName(i).replace("@bench.example", ""),
                  templateExternal,
                  externalId(i)
                },
            null);
      }
    }
    tenant.users.addAll(ids);
    return (System.nanoTime() - t0) / 1e9;
  }

  private UUID templateViaScim(Tenant tenant) {
    Scim.Reply created =
        scim.call(
            scim.send(
                "POST",
                "/scim/v2/Users",
                tenant.auth(),
                userJson(
                    TEMPLATE_NAME + "-" + tenant.slug, TEMPLATE_EXTERNAL + "-" + tenant.slug)));
    if (created.status() != 201) {
      throw new IllegalStateException("Template user not created: " + created);
    }
    return UUID.fromString(created.json().getString("id"));
  }

  /** Without SCIM endpoints: a SCIM-managed, active user as the test fixtures write one. */
  private UUID templateViaSql(Tenant tenant, String name, String externalId) {
    UUID id = UUID.randomUUID();
    java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
    String userName = name + "@bench.example";
    db.execute(
        "insert into app_user (id, organization_id, user_name, user_name_key, external_id,"
            + " display_name, email, email_key, given_name, family_name, active, status, role,"
            + " role_reason, scim_managed, created_at, last_modified_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 'Bench', ?, true, 'ACTIVE', 'VIEWER', 'DEFAULT',"
            + " true, ?, ?, 1)",
        id,
        tenant.id,
        userName,
        userName,
        externalId,
        name,
        userName,
        userName,
        name,
        now,
        now);
    return id;
  }

  /** Adds members (by index into tenant.users) to a group straight in group_member. */
  void addMembers(Tenant tenant, UUID group, int from, int to) throws SQLException, IOException {
    try (Connection c = db.connect()) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      for (int start = from; start < to; start += CHUNK) {
        StringBuilder rows = new StringBuilder();
        for (int i = start; i < Math.min(to, start + CHUNK); i++) {
          rows.append(group).append('\t').append(tenant.users.get(i)).append('\t');
          rows.append(tenant.id).append('\n');
        }
        copy.copyIn(
            "copy group_member (group_id, member_id, organization_id) from stdin",
            new StringReader(rows.toString()));
      }
    }
  }

  /** Gives users [from, to) the IdP role value (roles[].value) in user_idp_role. */
  void addIdpRole(Tenant tenant, String value, int from, int to) throws SQLException, IOException {
    try (Connection c = db.connect()) {
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      for (int start = from; start < to; start += CHUNK) {
        StringBuilder rows = new StringBuilder();
        for (int i = start; i < Math.min(to, start + CHUNK); i++) {
          rows.append(tenant.users.get(i)).append('\t').append(tenant.id).append("\t0\t");
          rows.append(value).append('\n');
        }
        copy.copyIn(
            "copy user_idp_role (user_id, organization_id, ordinal, value_key) from stdin",
            new StringReader(rows.toString()));
      }
    }
  }

  /** What autovacuum does to a bulk-loaded table soon after: sets the visibility map. */
  void vacuum() throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("vacuum analyze");
    }
  }

  void analyze() throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.execute("analyze");
    }
  }

  private static List<String> childTables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select table_name from information_schema.columns where table_schema = 'public'"
                    + " and column_name = 'user_id' and table_name <> 'app_user'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  /**
   * Copies the template's rows of a table count times; replacements[i] holds (from, to) pairs
   * applied to every text value; created_at/last_modified_at get distinct, increasing times.
   */
  private static void copyTable(
      Connection c,
      CopyManager copy,
      String table,
      String keyColumn,
      UUID template,
      int count,
      IntFunction<String[]> replacements,
      Instant base)
      throws SQLException, IOException {
    List<String> columns = new ArrayList<>();
    List<List<String>> templateRows = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement("select * from " + table + " where " + keyColumn + " = ?")) {
      s.setObject(1, template);
      try (ResultSet rs = s.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnName(i));
        }
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns.size(); i++) {
            row.add(rs.getString(i));
          }
          templateRows.add(row);
        }
      }
    }
    if (templateRows.isEmpty()) {
      return;
    }
    String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    for (int start = 0; start < count; start += CHUNK) {
      StringBuilder out = new StringBuilder(CHUNK * 200);
      for (int i = start; i < Math.min(count, start + CHUNK); i++) {
        String[] pairs = replacements.apply(i);
        for (List<String> row : templateRows) {
          for (int col = 0; col < columns.size(); col++) {
            if (col > 0) {
              out.append('\t');
            }
            String name = columns.get(col);
            String value = row.get(col);
            if (base != null && (name.equals("created_at") || name.equals("last_modified_at"))) {
              value = base.plusMillis(i).toString();
            } else if (value != null) {
              for (int p = 0; p < pairs.length; p += 2) {
                value = value.replace(pairs[p], pairs[p + 1]);
              }
            }
            out.append(value == null ? "\\N" : escape(value));
          }
          out.append('\n');
        }
      }
      copy.copyIn(sql, new StringReader(out.toString()));
    }
  }

  private static String escape(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }
}
