package dev.roster.persistence.user;

import static dev.roster.persistence.TestRows.T0;
import static dev.roster.persistence.TestRows.UUID_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.role.Role;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserSort;
import dev.roster.domain.user.UserStatus;
import dev.roster.persistence.TestDatabase;
import dev.roster.persistence.TestRows;
import dev.roster.persistence.TestRows.UserRow;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.scim.query.ResultPage;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The admins' user search of {@link JdbcUserSearch} on PostgreSQL and H2: every sort both ways
 * (ties included) against the same order computed in Java, the text search on each column, the
 * status filter, the organization scope, and a group's members newest first.
 */
@ParameterizedClass
@MethodSource("databases")
class AdminUserSearchIT {
  private static final UUID ORG = UUID.randomUUID();
  private static final UUID OTHER_ORG = UUID.randomUUID();
  private static final UUID GROUP = UUID.randomUUID();

  static Stream<TestDatabase> databases() {
    return TestDatabase.both("roster_admin_users");
  }

  @Parameter TestDatabase db;

  // One database per invocation of the class, shared by its tests, which only read it (or add a
  // group of their own).
  private static Connection connection;
  private static JdbcUserSearch search;
  private static final List<UserRow> users = new ArrayList<>();

  @BeforeParameterizedClassInvocation
  static void createDatabase(TestDatabase db) throws Exception {
    users.clear();
    db.create();
    db.flyway().load().migrate();
    connection = db.connect();
    search = new JdbcUserSearch();
    search.db = JdbcReads.over(connection);
    TestRows.organization(connection, ORG);
    TestRows.organization(connection, OTHER_ORG);
    // Ties on every key but userName: same display name in another case, missing display names
    // and emails, statuses, roles and creation times shared by several users.
    add("ann.berg", "Ann Berg", "ann@corp.example", UserStatus.ACTIVE, Role.VIEWER, 0);
    add("bob.dunn", "ann berg", "bob@corp.example", UserStatus.LOCKED, Role.ADMIN, 0);
    add("cat.evans", null, null, UserStatus.ACTIVE, Role.EDITOR, 5);
    add("dan.ford", "Dan Ford", null, UserStatus.PENDING, Role.VIEWER, 5);
    add("eve.gray", null, "eve@corp.example", UserStatus.ACTIVE, Role.ADMIN, 5);
    add("fay.hill", "Fay Hill", "fay@qux.example", UserStatus.INACTIVE, Role.VIEWER, 1);
    add("gus.zedd", "Gus Ives", "gus@corp.example", UserStatus.ACTIVE, Role.EDITOR, 2);
    add("hal.jones", "Hal Quinn", "hal@corp.example", UserStatus.ACTIVE, Role.VIEWER, 3);
    add("ivy.kerr", "Ivy Kerr", "ivy@corp.example", UserStatus.LOCKED, Role.VIEWER, 3);
    add("jon.lane", "Ann Berg", "jon@corp.example", UserStatus.ACTIVE, Role.VIEWER, 4);
    // Same names in another organization: never found.
    TestRows.user(
        connection,
        new UserRow(
            UUID.randomUUID(),
            OTHER_ORG,
            "ann.berg",
            "Ann Berg",
            "ann@corp.example",
            UserStatus.ACTIVE,
            Role.VIEWER,
            null,
            T0));
  }

  private static void add(
      String userName, String displayName, String email, UserStatus status, Role role, int day)
      throws Exception {
    UserRow row =
        new UserRow(
            UUID.randomUUID(),
            ORG,
            userName,
            displayName,
            email,
            status,
            role,
            null,
            T0.plusSeconds(86_400L * day));
    TestRows.user(connection, row);
    users.add(row);
  }

  @AfterParameterizedClassInvocation
  static void dropDatabase(TestDatabase db) throws Exception {
    connection.close();
    db.drop();
  }

  static Stream<Arguments> sorts() {
    return Stream.of(UserSort.values())
        .flatMap(s -> Stream.of(Arguments.of(s, false), Arguments.of(s, true)));
  }

  @ParameterizedTest
  @MethodSource("sorts")
  void everySortPagesInTheOrderOfItsKeysThenTheId(UserSort sort, boolean descending) {
    assertPagedInOrder(null, u -> true, sort, descending);
    assertThat(users.stream().filter(AdminUserSearchIT::matchesAn).count())
        .as("the text search below leaves users out")
        .isBetween(4L, users.size() - 1L);
  }

  /** A text search collects its matches before sorting them (AdminUserQuery): same orders. */
  @ParameterizedTest
  @MethodSource("sorts")
  void everySortOfATextSearchPagesInTheSameOrder(UserSort sort, boolean descending) {
    assertPagedInOrder("AN", AdminUserSearchIT::matchesAn, sort, descending);
  }

  /** Five of the ten users, through each of the three columns, nulls among them. */
  private static boolean matchesAn(UserRow u) {
    return Stream.of(u.userName(), u.displayName(), u.email())
        .anyMatch(v -> v != null && v.toLowerCase(Locale.ROOT).contains("an"));
  }

  private static void assertPagedInOrder(
      String text, Predicate<UserRow> matches, UserSort sort, boolean descending) {
    Comparator<UserRow> order = expected(sort);
    List<UUID> expected =
        users.stream()
            .filter(matches)
            .sorted(descending ? order.reversed() : order)
            .map(UserRow::id)
            .toList();
    assertThat(expected.size()).as("matches in the fixture").isGreaterThan(3);
    List<UUID> paged = new ArrayList<>();
    for (int page = 0; page * 3 < users.size(); page++) {
      ResultPage<User> found = search.search(ORG, text, null, sort, descending, page, 3);
      assertThat(found.total()).isEqualTo(expected.size());
      found.items().forEach(u -> paged.add(u.id()));
    }
    assertThat(paged).isEqualTo(expected);
  }

  /** The SQL's order: keys ascending with nulls last, then the id; descending reverses it all. */
  private static Comparator<UserRow> expected(UserSort sort) {
    Comparator<UserRow> byName = text(UserRow::userName);
    Comparator<UserRow> keys =
        switch (sort) {
          case USER_NAME -> byName;
          case DISPLAY_NAME -> text(UserRow::displayName);
          case EMAIL -> text(UserRow::email);
          case STATUS ->
              Comparator.comparing((UserRow u) -> u.status().name()).thenComparing(byName);
          case ROLE -> Comparator.comparing((UserRow u) -> u.role().name()).thenComparing(byName);
          case CREATED -> Comparator.comparing(UserRow::createdAt);
        };
    return keys.thenComparing(UserRow::id, UUID_ORDER);
  }

  private static Comparator<UserRow> text(Function<UserRow, String> value) {
    return Comparator.comparing(
        u -> value.apply(u) == null ? null : value.apply(u).toLowerCase(Locale.ROOT),
        Comparator.nullsLast(Comparator.naturalOrder()));
  }

  @Test
  void theFiveArgumentSearchIsTheUserNameOrderAscending() {
    assertThat(ids(search.search(ORG, null, null, 0, 50)))
        .isEqualTo(ids(search.search(ORG, null, null, UserSort.USER_NAME, false, 0, 50)))
        .hasSize(users.size());
  }

  @Test
  void textMatchesEachOfTheThreeColumnsIgnoringCase() {
    assertThat(userNames(search.search(ORG, "ZEDD", null, UserSort.USER_NAME, false, 0, 50)))
        .containsExactly("gus.zedd");
    assertThat(userNames(search.search(ORG, "@Qux.", null, UserSort.USER_NAME, false, 0, 50)))
        .containsExactly("fay.hill");
    assertThat(userNames(search.search(ORG, " quinn ", null, UserSort.USER_NAME, false, 0, 50)))
        .containsExactly("hal.jones");
    ResultPage<User> annBerg = search.search(ORG, "ann berg", null, UserSort.EMAIL, true, 0, 50);
    assertThat(userNames(annBerg)).containsExactly("jon.lane", "bob.dunn", "ann.berg");
    assertThat(annBerg.total()).isEqualTo(3);
    // LIKE's wildcards are matched literally.
    assertThat(search.search(ORG, "_", null, UserSort.USER_NAME, false, 0, 50).total()).isZero();
  }

  @Test
  void theStatusFilterAloneAndWithText() {
    ResultPage<User> locked =
        search.search(ORG, null, UserStatus.LOCKED, UserSort.USER_NAME, false, 0, 50);
    assertThat(userNames(locked)).containsExactly("bob.dunn", "ivy.kerr");
    assertThat(locked.total()).isEqualTo(2);
    ResultPage<User> activeAnns =
        search.search(ORG, "ann", UserStatus.ACTIVE, UserSort.ROLE, false, 0, 1);
    assertThat(userNames(activeAnns)).containsExactly("ann.berg");
    assertThat(activeAnns.total()).isEqualTo(2); // ann.berg and jon.lane ("Ann Berg")
  }

  @Test
  void membersComeNewestFirstThenByIdAcrossPagesAndOnlyInTheirOrganization() throws Exception {
    TestRows.group(connection, GROUP, ORG, "Members");
    List<UserRow> members = users.subList(0, 7);
    Instant[] added = {T0, T0, T0.plusSeconds(60), T0.plusSeconds(60), T0.plusSeconds(30), T0, T0};
    for (int i = 0; i < members.size(); i++) {
      TestRows.member(connection, GROUP, members.get(i).id(), ORG, added[i]);
    }
    List<UUID> expected = new ArrayList<>();
    for (Instant at : List.of(T0.plusSeconds(60), T0.plusSeconds(30), T0)) {
      List<UUID> tied = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        if (added[i].equals(at)) {
          tied.add(members.get(i).id());
        }
      }
      tied.sort(UUID_ORDER.reversed());
      expected.addAll(tied);
    }
    List<UUID> paged = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      ResultPage<User> found = search.members(ORG, GROUP, page, 3);
      assertThat(found.total()).isEqualTo(7);
      found.items().forEach(u -> paged.add(u.id()));
    }
    assertThat(paged).isEqualTo(expected);
    assertThat(search.members(OTHER_ORG, GROUP, 0, 10).items()).isEmpty();
    assertThat(search.members(OTHER_ORG, GROUP, 0, 10).total()).isZero();
  }

  @Test
  void aMembershipWrittenWithoutATimeGetsTheDatabasesAndComesFirst() throws Exception {
    UUID group = UUID.randomUUID();
    TestRows.group(connection, group, ORG, "Recent");
    TestRows.member(connection, group, users.get(0).id(), ORG, T0);
    TestRows.member(connection, group, users.get(1).id(), ORG, null);
    assertThat(ids(search.members(ORG, group, 0, 10)))
        .containsExactly(users.get(1).id(), users.get(0).id());
  }

  private static List<UUID> ids(ResultPage<User> page) {
    return page.items().stream().map(User::id).toList();
  }

  private static List<String> userNames(ResultPage<User> page) {
    return page.items().stream().map(User::userName).toList();
  }
}
