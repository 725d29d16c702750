package dev.roster.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.role.MappingSource;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleDecision;
import dev.roster.domain.role.RoleMapping;
import dev.roster.domain.role.RoleResolver;
import dev.roster.persistence.TestDatabase;
import dev.roster.persistence.user.RolesGenerator.Generated;
import dev.roster.persistence.user.RolesGenerator.GeneratedUser;
import dev.roster.persistence.user.RolesGenerator.Row;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The set-based SQL of {@link RoleRecomputation} and the rule in {@link RoleResolver} agree: on
 * organizations from {@link RolesGenerator} (mappings of both sources with tied creation times,
 * groups, memberships, IdP role values in mixed case and whitespace, group sync on and off, every
 * default role) every SCIM-managed user gets the same role, reason and mapping from both, other
 * users and other organizations are left alone, and a second run changes nothing. On PostgreSQL and
 * on the embedded H2 in PostgreSQL mode. Each user whose role changed has exactly one {@code
 * user.role_changed} event, written by the same statements. The seed is printed on failure; rerun
 * one with -Droster.test.seed=….
 */
class RoleRecomputationIT {
  private static final int ORGANIZATIONS = 60;

  static Stream<TestDatabase> databases() {
    return TestDatabase.both("roster_roles");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void sqlAndJavaGiveEveryUserTheSameDecision(TestDatabase db) throws Exception {
    long seed = Long.getLong("roster.test.seed", new Random().nextLong());
    db.create();
    try {
      db.flyway().load().migrate();
      Random random = new Random(seed);
      try (Connection c = db.connect()) {
        for (int i = 0; i < ORGANIZATIONS; i++) {
          Generated org = RolesGenerator.generate(c, random);
          Map<UUID, Row> others = rowsOutside(c, org.id());
          RoleRecomputation.run(
              c, org.id(), org.defaultRole(), org.groupSync(), java.time.Instant.now());
          String context = "seed " + seed + ", organization " + i + ", " + org;
          assertThat(rowsOutside(c, org.id())).as(context).isEqualTo(others);
          Map<UUID, Row> rows = rows(c, org.id());
          List<RoleMapping> mappings = mappings(c, org.id());
          for (GeneratedUser user : org.users()) {
            Row expected =
                user.scimManaged()
                    ? Row.of(
                        RoleResolver.resolve(
                            mappings,
                            user.idpRoles(),
                            user.groupNames(),
                            org.groupSync(),
                            org.defaultRole()))
                    : user.initial();
            assertThat(rows.get(user.id())).as(context + ", " + user).isEqualTo(expected);
          }
          long reRoled =
              org.users().stream()
                  .filter(u -> rows.get(u.id()).role() != u.initial().role())
                  .count();
          assertThat(roleChangedEvents(c, org.id()))
              .as(context + ", one user.role_changed event per user whose role changed")
              .isEqualTo(reRoled);
          int again =
              RoleRecomputation.run(
                  c, org.id(), org.defaultRole(), org.groupSync(), java.time.Instant.now());
          assertThat(rows(c, org.id())).as(context + ", second run").isEqualTo(rows);
          assertThat(roleChangedEvents(c, org.id()))
              .as(context + ", second run")
              .isEqualTo(reRoled);
          if (db.postgres()) {
            assertThat(again).as(context + ", rows written by a second run").isZero();
          }
        }
      }
    } finally {
      db.drop();
    }
  }

  private static long roleChangedEvents(Connection c, UUID org) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "select count(*) from event where organization_id = ? and type = 'user.role_changed'")) {
      s.setObject(1, org);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static List<RoleMapping> mappings(Connection c, UUID org) throws SQLException {
    List<RoleMapping> mappings = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select id, source, idp_value, role, created_at from role_mapping"
                + " where organization_id = ?")) {
      s.setObject(1, org);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          mappings.add(
              new RoleMapping(
                  rs.getObject(1, UUID.class),
                  org,
                  MappingSource.valueOf(rs.getString(2)),
                  rs.getString(3),
                  Role.valueOf(rs.getString(4)),
                  rs.getObject(5, OffsetDateTime.class).toInstant()));
        }
      }
    }
    return mappings;
  }

  private static Map<UUID, Row> rows(Connection c, UUID org) throws SQLException {
    return rows(c, "organization_id = ?", org);
  }

  private static Map<UUID, Row> rowsOutside(Connection c, UUID org) throws SQLException {
    return rows(c, "organization_id <> ?", org);
  }

  private static Map<UUID, Row> rows(Connection c, String where, UUID org) throws SQLException {
    Map<UUID, Row> rows = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select id, role, role_reason, role_mapping_id from app_user where " + where)) {
      s.setObject(1, org);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.put(
              rs.getObject(1, UUID.class),
              new Row(
                  Role.valueOf(rs.getString(2)),
                  RoleDecision.Reason.valueOf(rs.getString(3)),
                  rs.getObject(4, UUID.class)));
        }
      }
    }
    return rows;
  }
}
