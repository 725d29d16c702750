package dev.roster.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.persistence.TestDatabase;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.scim.ScimSql;
import dev.roster.persistence.scim.UserColumns;
import dev.roster.scim.filter.FilterParser;
import dev.roster.scim.query.ResourceQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * V4 on both databases: a user stored at schema version 3 (so with no side-table rows) is found by
 * filters on emails and on side-table attributes once the migration has run, and running it again
 * changes nothing. An integration test: it needs the PostgreSQL server (see {@link TestDatabase}).
 */
class BackfillUserSearchIndexIT {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  static Stream<TestDatabase> databases() {
    return TestDatabase.both("roster_backfill");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void usersStoredBeforeTheSideTablesAreFoundByFiltersAfterV4(TestDatabase db) throws Exception {
    db.create();
    try {
      db.flyway().target("3").load().migrate();
      UUID org = UUID.randomUUID();
      UUID user = UUID.randomUUID();
      try (Connection c = db.connect()) {
        insertUser(c, org, user);
        assertThat(rows(c, "user_attribute") + rows(c, "user_email")).isZero();
      }
      try (Connection connection = db.connect()) {
        assertThat(count(connection, org, "title eq \"Chief of Staff\"")).isZero();
        assertThat(count(connection, org, "emails.value eq \"pat@home.example\"")).isZero();
      }

      db.flyway().load().migrate();

      try (Connection c = db.connect()) {
        long attributes = rows(c, "user_attribute");
        long emails = rows(c, "user_email");
        assertThat(attributes).isEqualTo(3); // title, department, phoneNumbers.value
        assertThat(emails).isEqualTo(2);
        new V4__Backfill_user_search_index().migrate(context(c));
        assertThat(rows(c, "user_attribute")).isEqualTo(attributes);
        assertThat(rows(c, "user_email")).isEqualTo(emails);
      }
      try (Connection connection = db.connect()) {
        assertThat(count(connection, org, "title eq \"Chief of Staff\"")).isOne();
        assertThat(count(connection, org, ENTERPRISE + ":department sw \"r&\"")).isOne();
        assertThat(count(connection, org, "phoneNumbers co \"555\"")).isOne();
        assertThat(
                count(
                    connection, org, "emails[type eq \"work\" and value eq \"pat@work.example\"]"))
            .isOne();
        assertThat(count(connection, org, "emails.value eq \"pat@home.example\"")).isOne();
        assertThat(count(connection, org, "title eq \"Janitor\"")).isZero();
      }
    } finally {
      db.drop();
    }
  }

  private static void insertUser(Connection c, UUID org, UUID user) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into organization (id, slug, name, created_at) values (?, 'acme', 'Acme', ?)")) {
      s.setObject(1, org);
      s.setTimestamp(2, now);
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into app_user (id, organization_id, user_name, user_name_key, active, status,"
                + " role, role_reason, scim_managed, attributes, created_at, last_modified_at)"
                + " values (?, ?, 'pat', 'pat', true, 'ACTIVE', 'VIEWER', 'DEFAULT', true, ?, ?,"
                + " ?)")) {
      s.setObject(1, user);
      s.setObject(2, org);
      s.setString(
          3,
          "{\"title\":\"Chief of Staff\","
              + "\"emails\":[{\"value\":\"Pat@Work.example\",\"type\":\"work\",\"primary\":true},"
              + "{\"value\":\"pat@home.example\",\"type\":\"home\"}],"
              + "\"phoneNumbers\":[{\"value\":\"+1 555 0100\"}],"
              + "\""
              + ENTERPRISE
              + "\":{\"department\":\"R&D\"}}");
      s.setTimestamp(4, now);
      s.setTimestamp(5, now);
      s.executeUpdate();
    }
  }

  private static long count(Connection connection, UUID org, String filter) {
    return new ScimSql(
            UserColumns.INSTANCE,
            org,
            new ResourceQuery(FilterParser.parse(filter), null, false, 1, 0))
        .search(JdbcReads.over(connection), UserRows.USER)
        .total();
  }

  private static long rows(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Context context(Connection connection) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return connection;
      }
    };
  }
}
