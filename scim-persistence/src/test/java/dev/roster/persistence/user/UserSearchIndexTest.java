package dev.roster.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleDecision;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The repository rewrites a side table of the filter index only when its rows change. */
class UserSearchIndexTest {
  private static final String DOC =
      "{\"title\":\"Boss\",\"emails\":[{\"value\":\"Pat@Work.example\",\"type\":\"work\"}]}";

  private final List<String> statements = new ArrayList<>();

  @Test
  void aNewUserGetsOneInsertPerTableThatHasRows() {
    UserSearchIndex.add(em(), user(DOC));
    assertThat(statements)
        .satisfiesExactly(
            s -> assertThat(s).startsWith("insert into user_email"),
            s -> assertThat(s).startsWith("insert into user_attribute"));
  }

  @Test
  void anUnchangedDocumentWritesNothing() {
    UserSearchIndex.update(em(), user(DOC), DOC);
    assertThat(statements).isEmpty();
  }

  @Test
  void changesOutsideTheIndexedValuesWriteNothing() {
    UserSearchIndex.update(
        em(),
        user(DOC),
        "{\"emails\":[{\"type\":\"WORK\",\"value\":\" pat@work.example\"}],\"title\":\"BOSS\","
            + "\"nickName\":\"\"}");
    assertThat(statements).isEmpty();
  }

  @Test
  void onlyTheTableWhoseRowsChangedIsRewritten() {
    UserSearchIndex.update(em(), user(DOC.replace("Boss", "Chief")), DOC);
    assertThat(statements)
        .satisfiesExactly(
            s -> assertThat(s).startsWith("delete from user_attribute"),
            s -> assertThat(s).startsWith("insert into user_attribute"));
    statements.clear();

    UserSearchIndex.update(em(), user(DOC.replace("Work", "Home")), DOC);
    assertThat(statements)
        .satisfiesExactly(
            s -> assertThat(s).startsWith("delete from user_email"),
            s -> assertThat(s).startsWith("insert into user_email"));
  }

  @Test
  void removedValuesAreDeletedWithNothingInserted() {
    UserSearchIndex.update(em(), user("{}"), DOC);
    assertThat(statements)
        .containsExactly(
            "delete from user_email where user_id = :id",
            "delete from user_attribute where user_id = :id");
  }

  private static User user(String document) {
    Instant now = Instant.now();
    return new User(
        UUID.randomUUID(),
        UUID.randomUUID(),
        "pat",
        null,
        "Pat",
        null,
        null,
        null,
        true,
        UserStatus.ACTIVE,
        RoleDecision.byDefault(Role.VIEWER),
        true,
        null,
        document,
        List.of(),
        now,
        now,
        1);
  }

  /** Records the native statements run; every query call returns the query. */
  private EntityManager em() {
    return (EntityManager)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("createNativeQuery")) {
                throw new UnsupportedOperationException(method.getName());
              }
              statements.add((String) args[0]);
              return query();
            });
  }

  private static Query query() {
    return (Query)
        Proxy.newProxyInstance(
            UserSearchIndexTest.class.getClassLoader(),
            new Class<?>[] {Query.class},
            (proxy, method, args) -> method.getName().equals("executeUpdate") ? 1 : proxy);
  }
}
