package dev.roster.persistence.group;

import static dev.roster.persistence.TestRows.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.group.GroupSearch.WithMemberCount;
import dev.roster.domain.role.Role;
import dev.roster.domain.user.UserStatus;
import dev.roster.persistence.TestDatabase;
import dev.roster.persistence.TestRows;
import dev.roster.persistence.TestRows.UserRow;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.scim.query.ResultPage;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The group list of {@link JdbcGroupSearch} on PostgreSQL and H2: ordered by display name ignoring
 * case, filtered by a contained text, paged, each group with its own member count, scoped to the
 * organization.
 */
@ParameterizedClass
@MethodSource("databases")
class JdbcGroupSearchIT {
  private static final UUID ORG = UUID.randomUUID();
  private static final UUID OTHER_ORG = UUID.randomUUID();
  private static final UUID ALPHA = UUID.randomUUID();
  private static final UUID BETA = UUID.randomUUID();
  private static final UUID GAMMA = UUID.randomUUID();
  private static final UUID FOREIGN = UUID.randomUUID();

  static Stream<TestDatabase> databases() {
    return TestDatabase.both("roster_admin_groups");
  }

  @Parameter TestDatabase db;

  private static Connection connection;
  private static JdbcGroupSearch search;

  @BeforeParameterizedClassInvocation
  static void createDatabase(TestDatabase db) throws Exception {
    db.create();
    db.flyway().load().migrate();
    connection = db.connect();
    search = new JdbcGroupSearch();
    search.db = JdbcReads.over(connection);
    TestRows.organization(connection, ORG);
    TestRows.organization(connection, OTHER_ORG);
    TestRows.group(connection, GAMMA, ORG, "Gamma");
    TestRows.group(connection, BETA, ORG, "beta team");
    TestRows.group(connection, ALPHA, ORG, "Alpha Team");
    TestRows.group(connection, FOREIGN, OTHER_ORG, "Alpha Team");
    UUID[] people = new UUID[3];
    for (int i = 0; i < people.length; i++) {
      people[i] = UUID.randomUUID();
      TestRows.user(
          connection,
          new UserRow(
              people[i], ORG, "user" + i, null, null, UserStatus.ACTIVE, Role.VIEWER, null, T0));
      TestRows.member(connection, ALPHA, people[i], ORG, T0);
    }
    TestRows.member(connection, GAMMA, people[0], ORG, T0);
    UUID stranger = UUID.randomUUID();
    TestRows.user(
        connection,
        new UserRow(
            stranger, OTHER_ORG, "user0", null, null, UserStatus.ACTIVE, Role.VIEWER, null, T0));
    TestRows.member(connection, FOREIGN, stranger, OTHER_ORG, T0);
  }

  @AfterParameterizedClassInvocation
  static void dropDatabase(TestDatabase db) throws Exception {
    connection.close();
    db.drop();
  }

  @Test
  void allGroupsByDisplayNameIgnoringCaseEachWithItsMemberCount() {
    ResultPage<WithMemberCount> all = search.search(ORG, " ", 0, 10);
    assertThat(all.total()).isEqualTo(3);
    assertThat(summaries(all)).containsExactly("Alpha Team:3", "beta team:0", "Gamma:1");
  }

  @Test
  void textIsAContainedMatchIgnoringCaseAndPagesAreCut() {
    assertThat(summaries(search.search(ORG, "TEAM", 0, 10)))
        .containsExactly("Alpha Team:3", "beta team:0");
    ResultPage<WithMemberCount> second = search.search(ORG, "team", 1, 1);
    assertThat(summaries(second)).containsExactly("beta team:0");
    assertThat(second.total()).isEqualTo(2);
    assertThat(search.search(ORG, "%", 0, 10).total()).isZero();
  }

  @Test
  void oneGroupWithItsCountOnlyInItsOrganization() {
    WithMemberCount alpha = search.findWithMemberCount(ORG, ALPHA).orElseThrow();
    assertThat(alpha.group().displayName()).isEqualTo("Alpha Team");
    assertThat(alpha.group().externalId()).isEqualTo("ext-Alpha Team");
    assertThat(alpha.memberCount()).isEqualTo(3);
    assertThat(search.findWithMemberCount(ORG, FOREIGN)).isEmpty();
    assertThat(search.findWithMemberCount(OTHER_ORG, FOREIGN).orElseThrow().memberCount())
        .isEqualTo(1);
  }

  private static List<String> summaries(ResultPage<WithMemberCount> page) {
    return page.items().stream().map(g -> g.group().displayName() + ":" + g.memberCount()).toList();
  }
}
