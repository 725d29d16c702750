package dev.roster.persistence.role;

import static dev.roster.persistence.TestRows.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.role.Role;
import dev.roster.domain.user.UserStatus;
import dev.roster.persistence.TestDatabase;
import dev.roster.persistence.TestRows;
import dev.roster.persistence.TestRows.UserRow;
import dev.roster.persistence.common.JdbcReads;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link JpaRoleMappingRepository#countUsersDecided} on PostgreSQL and H2: per mapping, the users
 * of the organization whose stored decision names it; mappings deciding nobody and other
 * organizations' users are absent.
 */
class UsersDecidedIT {
  static Stream<TestDatabase> databases() {
    return TestDatabase.both("roster_users_decided");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void eachMappingCountsTheUsersWhoseDecisionNamesIt(TestDatabase db) throws Exception {
    db.create();
    try {
      db.flyway().load().migrate();
      try (Connection c = db.connect()) {
        UUID org = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        TestRows.organization(c, org);
        TestRows.organization(c, other);
        UUID editors = UUID.randomUUID();
        UUID admins = UUID.randomUUID();
        UUID foreign = UUID.randomUUID();
        UUID[] decisions = {editors, editors, editors, admins, null, null};
        for (int i = 0; i < decisions.length; i++) {
          user(c, org, "user" + i, decisions[i]);
        }
        user(c, other, "user0", foreign);
        user(c, other, "user1", foreign);

        JpaRoleMappingRepository repository = new JpaRoleMappingRepository();
        repository.db = JdbcReads.over(c);
        assertThat(repository.countUsersDecided(org)).isEqualTo(Map.of(editors, 3L, admins, 1L));
        assertThat(repository.countUsersDecided(other)).isEqualTo(Map.of(foreign, 2L));
        assertThat(repository.countUsersDecided(UUID.randomUUID())).isEmpty();
      }
    } finally {
      db.drop();
    }
  }

  private static void user(Connection c, UUID org, String userName, UUID mapping) throws Exception {
    TestRows.user(
        c,
        new UserRow(
            UUID.randomUUID(),
            org,
            userName,
            null,
            null,
            UserStatus.ACTIVE,
            mapping == null ? Role.VIEWER : Role.EDITOR,
            mapping,
            T0));
  }
}
