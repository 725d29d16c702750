package dev.roster.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.application.admin.UserJson;
import dev.roster.application.admin.UserView;
import dev.roster.domain.role.Role;
import dev.roster.domain.user.UserStatus;
import dev.roster.json.Json;
import dev.roster.persistence.TestDatabase;
import dev.roster.persistence.TestRows;
import dev.roster.persistence.TestRows.UserRow;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The set-based statements that re-role and lock users write one event per user they change, in the
 * same statements, and the user in each event is exactly what {@link UserJson} writes for the admin
 * API. On PostgreSQL and on the embedded H2.
 */
class UserEventsSqlIT {
  static Stream<TestDatabase> databases() {
    return TestDatabase.both("roster_user_events");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void reRolingAndLockingWriteAnEventPerChangedUser(TestDatabase db) throws Exception {
    db.create();
    try (Connection c = db.connect()) {
      db.flyway().load().migrate();
      UUID org = UUID.randomUUID();
      UUID other = UUID.randomUUID();
      TestRows.organization(c, org);
      TestRows.organization(c, other);
      UserRow engineer =
          TestRows.activeUser(c, org, "eng\"quoted@example.com", "Ada \"the\" Engineer");
      UserRow plain = TestRows.activeUser(c, org, "plain@example.com", null);
      UserRow elsewhere = TestRows.activeUser(c, other, "eng@other.example", "Other");
      idpRole(c, engineer, "eng");
      idpRole(c, elsewhere, "eng");
      TestRows.insert(
          c,
          "insert into role_mapping (id, organization_id, source, idp_value, idp_value_key, role,"
              + " created_at) values (?, ?, 'ROLE', 'eng', 'eng', 'EDITOR', ?)",
          UUID.randomUUID(),
          org,
          TestRows.at(TestRows.T0));

      RoleRecomputation.run(c, org, Role.VIEWER, true, Instant.now());
      List<JsonObject> reRoled = events(c, "user.role_changed");
      assertThat(reRoled).hasSize(1);
      JsonObject data = reRoled.get(0);
      assertThat(data.getString("oldRole")).isEqualTo("Viewer");
      assertThat(data.getString("newRole")).isEqualTo("Editor");
      assertThat(data.getString("reason")).isEqualTo("MAPPING");
      assertThat(data.getJsonObject("user"))
          .isEqualTo(summary(engineer, Role.EDITOR, UserStatus.ACTIVE, true));

      RoleRecomputation.run(c, org, Role.VIEWER, true, Instant.now());
      assertThat(events(c, "user.role_changed")).as("a second run changes nobody").hasSize(1);

      assertThat(ScimManagementEnd.lock(c, org, Instant.now())).isEqualTo(2);
      List<JsonObject> locked = events(c, "user.locked");
      assertThat(locked)
          .extracting(e -> e.getJsonObject("user"))
          .containsExactlyInAnyOrder(
              summary(engineer, Role.EDITOR, UserStatus.LOCKED, false),
              summary(plain, Role.VIEWER, UserStatus.LOCKED, false));
      assertThat(ScimManagementEnd.lock(c, org, Instant.now())).as("nobody left to lock").isZero();
      assertThat(events(c, "user.locked")).hasSize(2);
      assertThat(count(c, other)).as("other organization untouched").isZero();

      UserRow released = TestRows.activeUser(c, org, "released@example.com", "Released");
      assertThat(ScimManagementEnd.release(c, org, Instant.now())).isEqualTo(1);
      List<JsonObject> updated = events(c, "user.updated");
      assertThat(updated).hasSize(1);
      assertThat(updated.get(0).getJsonObject("user"))
          .isEqualTo(summary(released, Role.VIEWER, UserStatus.ACTIVE, false));
      assertThat(updated.get(0).getJsonArray("changedAttributes").getString(0))
          .isEqualTo("scimManaged");
      assertThat(ScimManagementEnd.release(c, org, Instant.now())).as("nobody left").isZero();
    } finally {
      db.drop();
    }
  }

  private static void idpRole(Connection c, UserRow user, String value) throws SQLException {
    TestRows.insert(
        c,
        "insert into user_idp_role (user_id, organization_id, ordinal, value_key)"
            + " values (?, ?, 0, ?)",
        user.id(),
        user.organizationId(),
        value);
  }

  private static JsonObject summary(UserRow u, Role role, UserStatus status, boolean scimManaged) {
    return UserJson.summary(
            new UserView(
                u.id(),
                u.userName(),
                u.email(),
                u.displayName(),
                role,
                status,
                scimManaged,
                null,
                null))
        .build();
  }

  private static List<JsonObject> events(Connection c, String type) throws SQLException {
    List<JsonObject> data = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement("select data from event where type = ? order by seq")) {
      s.setString(1, type);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          try (var reader = Json.createReader(new StringReader(rs.getString(1)))) {
            data.add(reader.readObject());
          }
        }
      }
    }
    return data;
  }

  private static int count(Connection c, UUID org) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select count(*) from event where organization_id = ?")) {
      s.setObject(1, org);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
