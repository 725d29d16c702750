package dev.roster.persistence.audit;

import static dev.roster.persistence.TestRows.T0;
import static dev.roster.persistence.TestRows.UUID_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.audit.AuditEvent;
import dev.roster.domain.audit.AuditFilter;
import dev.roster.domain.audit.AuditPage;
import dev.roster.persistence.TestDatabase;
import dev.roster.persistence.TestRows;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit search of {@link AuditSearch} on PostgreSQL and H2: each filter alone and combined,
 * against the same selection made in Java; newest first with ties broken by id across pages; the
 * organization scope; the count that stops past {@link AuditPage#COUNT_LIMIT}.
 */
@ParameterizedClass
@MethodSource("databases")
class AuditSearchIT {
  private static final UUID ORG = UUID.randomUUID();
  private static final UUID OTHER_ORG = UUID.randomUUID();
  private static final UUID BUSY_ORG = UUID.randomUUID();
  private static final UUID PAT = UUID.randomUUID();
  private static final UUID KIM = UUID.randomUUID();

  static Stream<TestDatabase> databases() {
    return TestDatabase.both("roster_audit_search");
  }

  @Parameter TestDatabase db;

  private static Connection connection;
  private static SqlReader reader;
  private static final List<AuditEvent> events = new ArrayList<>();

  @BeforeParameterizedClassInvocation
  static void createDatabase(TestDatabase db) throws Exception {
    events.clear();
    db.create();
    db.flyway().load().migrate();
    connection = db.connect();
    reader = JdbcReads.over(connection);
    String[] actors = {"alice@corp.example", "Okta Prod", "system"};
    String[] actions = {
      AuditActions.SCIM_USER_PATCHED, AuditActions.USER_ACTIVATED, AuditActions.TOKEN_CREATED
    };
    UUID[] targets = {PAT, KIM, null};
    for (int i = 0; i < 24; i++) {
      // Every third event shares its time with the one before: ties broken by id.
      Instant at = T0.plusSeconds(60L * (i - i / 3));
      events.add(
          event(ORG, at, actors[i % 3], actions[(i / 3) % 3], targets[(i / 2) % 3], i % 5 == 0));
    }
    List<AuditEvent> elsewhere = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      elsewhere.add(event(OTHER_ORG, T0, actors[0], actions[0], PAT, false));
    }
    for (int i = 0; i <= AuditPage.COUNT_LIMIT + 1; i++) {
      elsewhere.add(event(BUSY_ORG, T0.plusSeconds(i), "system", actions[i % 3], null, false));
    }
    insert(events);
    insert(elsewhere);
  }

  private static AuditEvent event(
      UUID org, Instant at, String actor, String action, UUID target, boolean failed) {
    return new AuditEvent(
        UUID.randomUUID(),
        org,
        at,
        actor,
        action,
        target == null ? "TOKEN" : "USER",
        target == null ? "token-1" : target.toString(),
        failed ? AuditEvent.Outcome.FAILURE : AuditEvent.Outcome.SUCCESS,
        "detail",
        "request");
  }

  private static void insert(List<AuditEvent> rows) throws Exception {
    connection.setAutoCommit(false);
    try (PreparedStatement s =
        connection.prepareStatement(
            "insert into audit_event (id, organization_id, at, actor, action, target_type,"
                + " target_id, outcome, detail, request_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AuditEvent e : rows) {
        s.setObject(1, e.id());
        s.setObject(2, e.organizationId());
        s.setObject(3, TestRows.at(e.at()));
        s.setString(4, e.actor());
        s.setString(5, e.action());
        s.setString(6, e.targetType());
        s.setString(7, e.targetId());
        s.setString(8, e.outcome().name());
        s.setString(9, e.detail());
        s.setString(10, e.requestId());
        s.addBatch();
      }
      s.executeBatch();
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  @AfterParameterizedClassInvocation
  static void dropDatabase(TestDatabase db) throws Exception {
    connection.close();
    db.drop();
  }

  @Test
  void noFilterPagesTheWholeTrailNewestFirstThenById() {
    assertPaged(AuditFilter.NONE, e -> true);
  }

  @Test
  void theActorMatchesExactlyIgnoringCaseAndBlanks() {
    assertPaged(filter(" okta PROD", null, null, null, null), e -> e.actor().equals("Okta Prod"));
    assertThat(
            AuditSearch.search(reader, ORG, filter("okta", null, null, null, null), 0, 50).total())
        .isZero();
  }

  @Test
  void theActionAlone() {
    assertPaged(
        filter(null, AuditActions.USER_ACTIVATED, null, null, null),
        e -> e.action().equals(AuditActions.USER_ACTIVATED));
  }

  @Test
  void theUserAloneIsTheEventsWhoseTargetIsThatUser() {
    assertPaged(filter(null, null, KIM, null, null), e -> e.targetId().equals(KIM.toString()));
  }

  @Test
  void fromIsInclusiveAndToExclusive() {
    Instant from = T0.plusSeconds(60 * 4);
    Instant to = T0.plusSeconds(60 * 10);
    assertPaged(filter(null, null, null, from, null), e -> !e.at().isBefore(from));
    assertPaged(filter(null, null, null, null, to), e -> e.at().isBefore(to));
  }

  @Test
  void everyFilterCombined() {
    Instant from = T0.plusSeconds(60 * 2);
    Instant to = T0.plusSeconds(60 * 14);
    assertPaged(
        filter("ALICE@corp.example", AuditActions.SCIM_USER_PATCHED, PAT, from, to),
        e ->
            e.actor().equals("alice@corp.example")
                && e.action().equals(AuditActions.SCIM_USER_PATCHED)
                && e.targetId().equals(PAT.toString())
                && !e.at().isBefore(from)
                && e.at().isBefore(to));
    assertPaged(
        filter(null, AuditActions.TOKEN_CREATED, KIM, null, null),
        e -> e.action().equals(AuditActions.TOKEN_CREATED) && e.targetId().equals(KIM.toString()));
  }

  @Test
  void theCountStopsPastTheLimit() {
    AuditPage busy = AuditSearch.search(reader, BUSY_ORG, AuditFilter.NONE, 0, 5);
    assertThat(busy.total()).isEqualTo(AuditPage.COUNT_LIMIT + 1);
    assertThat(busy.totalIsLowerBound()).isTrue();
    assertThat(busy.items().get(0).at()).isEqualTo(T0.plusSeconds(AuditPage.COUNT_LIMIT + 1));
    AuditPage small = AuditSearch.search(reader, ORG, AuditFilter.NONE, 0, 5);
    assertThat(small.totalIsLowerBound()).isFalse();
  }

  /**
   * The filter's events of ORG, read two a page, are exactly those the predicate keeps, in order.
   */
  private static void assertPaged(AuditFilter filter, Predicate<AuditEvent> keep) {
    List<AuditEvent> expected =
        events.stream()
            .filter(keep)
            .sorted(
                Comparator.comparing(AuditEvent::at)
                    .thenComparing(AuditEvent::id, UUID_ORDER)
                    .reversed())
            .toList();
    assertThat(expected).as("the fixture has events for this filter").isNotEmpty();
    List<AuditEvent> paged = new ArrayList<>();
    for (int page = 0; page * 2 < events.size(); page++) {
      AuditPage found = AuditSearch.search(reader, ORG, filter, page, 2);
      assertThat(found.total()).isEqualTo(expected.size());
      paged.addAll(found.items());
    }
    assertThat(paged).isEqualTo(expected);
  }

  private static AuditFilter filter(
      String actor, String action, UUID userId, Instant from, Instant to) {
    return new AuditFilter(actor, action, userId, from, to);
  }
}
