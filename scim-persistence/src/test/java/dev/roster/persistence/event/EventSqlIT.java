package dev.roster.persistence.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.event.Event;
import dev.roster.json.Json;
import dev.roster.persistence.TestDatabase;
import dev.roster.persistence.TestRows;
import dev.roster.persistence.common.JdbcReads;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Member events set-based, reads filtered by organization and type, and retention in batches. On
 * PostgreSQL and on the embedded H2.
 */
class EventSqlIT {
  static Stream<TestDatabase> databases() {
    return TestDatabase.both("roster_event_sql");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void memberEventsAreOnePerUserAndOnlyForCurrentMembersWhenAsked(TestDatabase db)
      throws Exception {
    db.create();
    try (Connection c = db.connect()) {
      db.flyway().load().migrate();
      UUID org = UUID.randomUUID();
      UUID other = UUID.randomUUID();
      TestRows.organization(c, org);
      TestRows.organization(c, other);
      UUID group = UUID.randomUUID();
      TestRows.group(c, group, org, "Team");
      UUID a = user(c, org, "a");
      UUID b = user(c, org, "b");
      UUID foreign = user(c, other, "foreign");
      TestRows.member(c, group, a, org, null);
      String groupJson = "{\"id\":\"" + group + "\",\"displayName\":\"Team\"}";

      int added =
          EventSql.appendMemberEvents(
              c,
              "group.member_added",
              org,
              group,
              groupJson,
              List.of(a, b, foreign),
              false,
              Instant.now());
      int removed =
          EventSql.appendMemberEvents(
              c, "group.member_removed", org, group, groupJson, List.of(a, b), true, Instant.now());
      assertThat(added).as("the other organization's user is not named").isEqualTo(2);
      assertThat(removed).as("only a is a member").isEqualTo(1);

      EventSql.sequence(c, 100);
      List<Event> read =
          EventSql.readAfter(JdbcReads.over(c), 0, org, Set.of("group.member_removed"), 10);
      assertThat(read).hasSize(1);
      assertThat(read.get(0).data())
          .contains("\"displayName\"")
          .contains(a.toString())
          .contains("\"group\"");
      assertThat(EventSql.readAfter(JdbcReads.over(c), 0, other, Set.of(), 10)).isEmpty();
      assertThat(EventSql.readAfter(JdbcReads.over(c), 0, null, Set.of(), 10)).hasSize(3);
    } finally {
      db.drop();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aUserLeavingEveryGroupIsOneMemberRemovedPerGroupWithTheGroupAsTheEventShowsIt(
      TestDatabase db) throws Exception {
    db.create();
    try (Connection c = db.connect()) {
      db.flyway().load().migrate();
      UUID org = UUID.randomUUID();
      TestRows.organization(c, org);
      UUID team = UUID.randomUUID();
      UUID admins = UUID.randomUUID();
      UUID untouched = UUID.randomUUID();
      TestRows.group(c, team, org, "Team");
      TestRows.group(c, admins, org, "Admins");
      TestRows.group(c, untouched, org, "Untouched");
      UUID leaving = user(c, org, "leaving");
      UUID staying = user(c, org, "staying");
      TestRows.member(c, team, leaving, org, null);
      TestRows.member(c, admins, leaving, org, null);
      TestRows.member(c, team, staying, org, null);
      TestRows.member(c, untouched, staying, org, null);

      assertThat(EventSql.appendRemovalsFromEveryGroup(c, org, leaving, Instant.now()))
          .isEqualTo(2);
      assertThat(
              EventSql.appendRemovalsFromEveryGroup(c, UUID.randomUUID(), leaving, Instant.now()))
          .as("another organization's call names none of this one's memberships")
          .isZero();

      EventSql.sequence(c, 100);
      List<Event> read = EventSql.readAfter(JdbcReads.over(c), 0, org, Set.of(), 10);
      assertThat(read).extracting(Event::type).containsOnly("group.member_removed");
      assertThat(read)
          .extracting(e -> object(e.data()).getJsonObject("group"))
          .as("as EventData.group writes it, in display-name order")
          .containsExactly(
              object(
                  "{\"id\":\""
                      + admins
                      + "\",\"displayName\":\"Admins\",\"externalId\":\"ext-Admins\"}"),
              object(
                  "{\"id\":\""
                      + team
                      + "\",\"displayName\":\"Team\",\"externalId\":\"ext-Team\"}"));
      assertThat(read)
          .extracting(e -> object(e.data()).getJsonObject("user").getString("id"))
          .containsOnly(leaving.toString());
    } finally {
      db.drop();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void retentionDeletesOldEventsInBatchesAndKeepsTheRest(TestDatabase db) throws Exception {
    db.create();
    try (Connection c = db.connect()) {
      db.flyway().load().migrate();
      UUID org = UUID.randomUUID();
      TestRows.organization(c, org);
      Instant now = Instant.now();
      for (int i = 0; i < 5; i++) {
        event(c, org, now.minus(Duration.ofDays(40 + i)));
      }
      event(c, org, now.minus(Duration.ofDays(29)));
      event(c, org, now);
      EventSql.sequence(c, 100);
      Instant cutoff = now.minus(Duration.ofDays(30));

      assertThat(EventSql.deleteOlderThan(c, cutoff, 2)).isEqualTo(2);
      assertThat(EventSql.deleteOlderThan(c, cutoff, 2)).isEqualTo(2);
      assertThat(EventSql.deleteOlderThan(c, cutoff, 2)).isEqualTo(1);
      assertThat(EventSql.deleteOlderThan(c, cutoff, 2)).isZero();
      List<Event> left = EventSql.readAfter(JdbcReads.over(c), 0, org, Set.of(), 10);
      assertThat(left).hasSize(2).allSatisfy(e -> assertThat(e.occurredAt()).isAfter(cutoff));
    } finally {
      db.drop();
    }
  }

  private static JsonObject object(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static UUID user(Connection c, UUID org, String name) throws SQLException {
    return TestRows.activeUser(c, org, name + "@example.com", name).id();
  }

  private static void event(Connection c, UUID org, Instant at) throws SQLException {
    TestRows.insert(
        c,
        "insert into event (id, organization_id, type, occurred_at, data)"
            + " values (?, ?, 'user.created', ?, '{}')",
        UUID.randomUUID(),
        org,
        TestRows.at(at));
  }
}
