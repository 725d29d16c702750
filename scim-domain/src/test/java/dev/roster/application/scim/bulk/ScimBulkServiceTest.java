package dev.roster.application.scim.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.roster.application.common.Actor;
import dev.roster.application.scim.ScimGroupService;
import dev.roster.application.scim.ScimResource;
import dev.roster.application.scim.ScimUserService;
import dev.roster.error.ErrorKind;
import dev.roster.scim.error.BulkLimitException;
import dev.roster.scim.error.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The ordering and reference rules of bulk requests, with the /Users and /Groups use cases replaced
 * by fakes that record what they were asked to do.
 */
class ScimBulkServiceTest {
  private static final String BASE = "https://roster.test/scim/v2";
  private static final Actor ACTOR = Actor.system(UUID.randomUUID());
  private static final String SCHEMA = "\"schemas\":[\"" + ScimBulkService.REQUEST_SCHEMA + "\"]";

  /** One call of a fake use case: "POST Users {body}", "PATCH Groups id {body}", ... */
  private final List<String> calls = new ArrayList<>();

  private final List<UUID> created = new ArrayList<>();
  private ScimBulkService service;

  @BeforeEach
  void wireFakes() {
    service = new ScimBulkService();
    service.users = new FakeUsers();
    service.groups = new FakeGroups();
  }

  private ScimResource record(String call, String type) {
    calls.add(call);
    if (call.contains("\"fail\"")) {
      throw new InvalidValueException("The fake refuses this one.");
    }
    UUID id = UUID.randomUUID();
    created.add(id);
    return new ScimResource(id, null, "W/\"1\"", BASE + "/" + type + "/" + id);
  }

  private final class FakeUsers extends ScimUserService {
    @Override
    public ScimResource create(Actor actor, String body, String base) {
      return record("POST Users " + body, "Users");
    }

    @Override
    public ScimResource patch(Actor actor, String id, String body, String ifMatch, String base) {
      return record("PATCH Users " + id + " " + body, "Users");
    }

    @Override
    public void delete(Actor actor, String id, String ifMatch) {
      calls.add("DELETE Users " + id);
    }
  }

  private final class FakeGroups extends ScimGroupService {
    @Override
    public ScimResource create(Actor actor, String body, String base) {
      return record("POST Groups " + body, "Groups");
    }

    @Override
    public ScimResource patch(Actor actor, String id, String body, String ifMatch, String base) {
      return record("PATCH Groups " + id + " " + body, "Groups");
    }
  }

  private List<BulkOutcome> execute(String... operations) {
    return service.execute(
        ACTOR, "{" + SCHEMA + ",\"Operations\":[" + String.join(",", operations) + "]}", BASE);
  }

  private static String post(String type, String bulkId, String data) {
    return "{\"method\":\"POST\",\"path\":\"/"
        + type
        + "\",\"bulkId\":\""
        + bulkId
        + "\",\"data\":"
        + data
        + "}";
  }

  private static String patch(String path, String data) {
    return "{\"method\":\"PATCH\",\"path\":\"" + path + "\",\"data\":" + data + "}";
  }

  private static String user(String userName) {
    return "{\"userName\":\"" + userName + "\"}";
  }

  private static String groupWith(String member) {
    return "{\"displayName\":\"Team\",\"members\":[{\"value\":\"" + member + "\"}]}";
  }

  private static void assertFailedWith(BulkOutcome outcome, String detail) {
    assertThat(outcome.result()).isEqualTo(BulkOutcome.Result.FAILED);
    assertThat(outcome.failure())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(detail);
  }

  @Nested
  class Resolution {
    @Test
    void anOperationWaitsForTheOneCreatingItsReferenceWhateverTheirOrder() {
      List<BulkOutcome> outcomes =
          execute(
              post("Groups", "team", groupWith("bulkId:alice")),
              post("Users", "alice", user("alice")));

      assertThat(outcomes)
          .extracting(o -> o.operation().index(), BulkOutcome::result)
          .containsExactly(
              tuple(0, BulkOutcome.Result.CREATED), tuple(1, BulkOutcome.Result.CREATED));
      UUID alice = created.get(0);
      assertThat(calls)
          .containsExactly(
              "POST Users {\"userName\":\"alice\"}",
              "POST Groups {\"displayName\":\"Team\",\"members\":[{\"value\":\"" + alice + "\"}]}");
      assertThat(outcomes.get(0).location()).isEqualTo(BASE + "/Groups/" + created.get(1));
    }

    @Test
    void aReferenceInThePathBecomesTheCreatedId() {
      execute(
          patch("/Users/bulkId:alice", "{\"Operations\":[]}"),
          post("Users", "alice", user("alice")));

      assertThat(calls).hasSize(2);
      assertThat(calls.get(1)).isEqualTo("PATCH Users " + created.get(0) + " {\"Operations\":[]}");
    }

    @Test
    void chainsOfReferencesRunInDependencyOrder() {
      List<BulkOutcome> outcomes =
          execute(
              patch("/Groups/bulkId:team", "{\"Operations\":[]}"),
              post("Groups", "team", groupWith("bulkId:alice")),
              post("Users", "alice", user("alice")));

      assertThat(outcomes).allMatch(o -> o.result() != BulkOutcome.Result.FAILED);
      assertThat(calls)
          .extracting(c -> c.substring(0, c.indexOf(' ', c.indexOf(' ') + 1)))
          .containsExactly("POST Users", "POST Groups", "PATCH Groups");
      assertThat(calls.get(2)).startsWith("PATCH Groups " + created.get(1) + " ");
    }

    @Test
    void operationsWithoutReferencesRunInRequestOrder() {
      execute(
          post("Users", "a", user("a")),
          post("Users", "b", user("b")),
          post("Users", "c", user("c")));

      assertThat(calls)
          .containsExactly(
              "POST Users " + user("a"), "POST Users " + user("b"), "POST Users " + user("c"));
    }
  }

  @Nested
  class UnresolvableReferences {
    @Test
    void anUnknownBulkIdFailsThatOperationOnlyAndNothingIsCalledForIt() {
      List<BulkOutcome> outcomes =
          execute(
              post("Groups", "team", groupWith("bulkId:nobody")),
              post("Users", "alice", user("alice")));

      assertFailedWith(outcomes.get(0), "bulkId 'nobody' is not created by any POST");
      assertThat(outcomes.get(1).result()).isEqualTo(BulkOutcome.Result.CREATED);
      assertThat(calls).containsExactly("POST Users " + user("alice"));
    }

    @Test
    void aBulkIdOnAnythingButAPostDefinesNothing() {
      List<BulkOutcome> outcomes =
          execute(
              "{\"method\":\"PATCH\",\"path\":\"/Users/x\",\"bulkId\":\"alice\",\"data\":{}}",
              patch("/Users/bulkId:alice", "{}"));

      assertFailedWith(outcomes.get(1), "bulkId 'alice' is not created by any POST");
    }

    @Test
    void aReferenceToAFailedOperationFailsAndTheFailurePropagates() {
      List<BulkOutcome> outcomes =
          execute(
              post("Users", "alice", "{\"userName\":\"fail\"}"),
              post("Groups", "team", groupWith("bulkId:alice")),
              patch("/Groups/bulkId:team", "{}"));

      assertThat(outcomes.get(0).result()).isEqualTo(BulkOutcome.Result.FAILED);
      assertFailedWith(outcomes.get(1), "bulkId 'alice' refers to an operation that failed");
      assertFailedWith(outcomes.get(2), "bulkId 'team' refers to an operation that failed");
      assertThat(calls).containsExactly("POST Users {\"userName\":\"fail\"}");
    }

    @Test
    void circularReferencesFailEveryOperationInTheCycleAndNothingElse() {
      List<BulkOutcome> outcomes =
          execute(
              post("Groups", "a", groupWith("bulkId:b")),
              post("Groups", "b", groupWith("bulkId:a")),
              post("Users", "alice", user("alice")));

      assertFailedWith(outcomes.get(0), "circular");
      assertFailedWith(outcomes.get(1), "circular");
      assertThat(outcomes.get(2).result()).isEqualTo(BulkOutcome.Result.CREATED);
      assertThat(calls).containsExactly("POST Users " + user("alice"));
    }

    @Test
    void anOperationReferringToItselfIsCircular() {
      List<BulkOutcome> outcomes = execute(post("Groups", "a", groupWith("bulkId:a")));

      assertFailedWith(outcomes.get(0), "circular");
      assertThat(calls).isEmpty();
    }

    @Test
    void anOperationWaitingOnACycleIsReportedWithTheCycle() {
      List<BulkOutcome> outcomes =
          execute(
              patch("/Groups/bulkId:a", "{}"),
              post("Groups", "a", groupWith("bulkId:b")),
              post("Groups", "b", groupWith("bulkId:a")));

      assertThat(outcomes).hasSize(3).allMatch(o -> o.result() == BulkOutcome.Result.FAILED);
      assertThat(calls).isEmpty();
    }

    @Test
    void aPostWithoutBulkIdFails() {
      List<BulkOutcome> outcomes =
          execute("{\"method\":\"POST\",\"path\":\"/Users\",\"data\":" + user("x") + "}");

      assertFailedWith(outcomes.get(0), "needs a bulkId");
      assertThat(calls).isEmpty();
    }
  }

  @Nested
  class FailOnErrors {
    @Test
    void stopsAfterTheGivenNumberOfErrorsAndLeavesTheRestOut() {
      List<BulkOutcome> outcomes =
          service.execute(
              ACTOR,
              "{"
                  + SCHEMA
                  + ",\"failOnErrors\":1,\"Operations\":["
                  + String.join(
                      ",",
                      post("Users", "a", user("a")),
                      post("Users", "b", "{\"userName\":\"fail\"}"),
                      post("Users", "c", user("c")))
                  + "]}",
              BASE);

      assertThat(outcomes)
          .extracting(BulkOutcome::result)
          .containsExactly(BulkOutcome.Result.CREATED, BulkOutcome.Result.FAILED);
      assertThat(calls).hasSize(2);
    }

    @Test
    void withoutFailOnErrorsEveryOperationRuns() {
      List<BulkOutcome> outcomes =
          execute(
              post("Users", "a", "{\"userName\":\"fail\"}"),
              post("Users", "b", "{\"userName\":\"fail\"}"),
              post("Users", "c", user("c")));

      assertThat(outcomes)
          .extracting(BulkOutcome::result)
          .containsExactly(
              BulkOutcome.Result.FAILED, BulkOutcome.Result.FAILED, BulkOutcome.Result.CREATED);
    }
  }

  @Nested
  class Limits {
    private String deletes(int count) {
      List<String> ops = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ops.add("{\"method\":\"DELETE\",\"path\":\"/Users/u" + i + "\"}");
      }
      return "{" + SCHEMA + ",\"Operations\":[" + String.join(",", ops) + "]}";
    }

    @Test
    void acceptsExactlyTheMaximumNumberOfOperations() {
      List<BulkOutcome> outcomes = service.execute(ACTOR, deletes(BulkLimits.MAX_OPERATIONS), BASE);

      assertThat(outcomes).hasSize(BulkLimits.MAX_OPERATIONS);
      assertThat(calls).hasSize(BulkLimits.MAX_OPERATIONS);
    }

    @Test
    void refusesOneOperationMoreBeforeRunningAny() {
      assertThatThrownBy(() -> service.execute(ACTOR, deletes(BulkLimits.MAX_OPERATIONS + 1), BASE))
          .isInstanceOfSatisfying(
              BulkLimitException.class,
              e -> assertThat(e.kind()).isEqualTo(ErrorKind.TOO_MANY_OPERATIONS));
      assertThat(calls).isEmpty();
    }

    /** A valid request of exactly {@code bytes} UTF-8 bytes, padded with two-byte characters. */
    private String requestOfBytes(int bytes) {
      String head = "{" + SCHEMA + ",\"Operations\":[],\"pad\":\"";
      String tail = "\"}";
      int padding = bytes - head.length() - tail.length();
      return head + "é".repeat(padding / 2) + "x".repeat(padding % 2) + tail;
    }

    @Test
    void acceptsABodyOfExactlyTheMaximumSizeInUtf8Bytes() {
      String body = requestOfBytes(BulkLimits.MAX_PAYLOAD_BYTES);
      assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(BulkLimits.MAX_PAYLOAD_BYTES);

      assertThat(service.execute(ACTOR, body, BASE)).isEmpty();
    }

    @Test
    void refusesABodyOneByteLargerCountingBytesNotCharacters() {
      String body = requestOfBytes(BulkLimits.MAX_PAYLOAD_BYTES + 1);
      assertThat(body.length()).isLessThan(BulkLimits.MAX_PAYLOAD_BYTES);

      assertThatThrownBy(() -> service.execute(ACTOR, body, BASE))
          .isInstanceOfSatisfying(
              BulkLimitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.TOO_LARGE));
    }
  }
}
