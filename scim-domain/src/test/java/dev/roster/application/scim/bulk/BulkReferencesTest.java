package dev.roster.application.scim.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BulkReferencesTest {
  private static final UUID ALICE = UUID.fromString("11111111-1111-4111-8111-111111111111");
  private static final UUID TEAM = UUID.fromString("22222222-2222-4222-8222-222222222222");

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
      return reader.readObject();
    }
  }

  private static BulkOperation op(String method, String path, JsonValue data) {
    return new BulkOperation(0, method, null, null, path, data);
  }

  @Nested
  class ReferencedBy {
    @Test
    void findsReferencesInThePath() {
      BulkOperation op = op("PATCH", "/Groups/bulkId:team", null);

      assertThat(BulkReferences.referencedBy(op)).containsExactly("team");
    }

    @Test
    void findsReferencesAnywhereInTheDataInOrderOfAppearanceWithoutDuplicates() {
      JsonObject data =
          json(
              "{'displayName': 'Team',"
                  + " 'members': [{'value': 'bulkId:alice'}, {'value': 'bulkId:bob'},"
                  + "             {'value': 'bulkId:alice'}],"
                  + " 'nested': {'deep': [['bulkId:carol']]}}");

      assertThat(BulkReferences.referencedBy(op("POST", "/Groups", data)))
          .containsExactly("alice", "bob", "carol");
    }

    @Test
    void findsReferencesInsideAPatchPathFilter() {
      JsonObject data =
          json(
              "{'Operations': [{'op': 'remove',"
                  + " 'path': 'members[value eq \\'bulkId:alice\\']'}]}");

      assertThat(BulkReferences.referencedBy(op("PATCH", "/Groups/bulkId:team", data)))
          .containsExactly("team", "alice");
    }

    @Test
    void aBulkIdMayUseEveryUnreservedUriCharacter() {
      BulkOperation op = op("DELETE", "/Users/bulkId:Az09._~-x", null);

      assertThat(BulkReferences.referencedBy(op)).containsExactly("Az09._~-x");
    }

    @Test
    void theReferenceEndsAtTheFirstCharacterABulkIdCannotHold() {
      JsonObject data = json("{'a': 'bulkId:alice/x', 'b': 'bulkId:bob,x', 'c': 'bulkId:carol]'}");

      assertThat(BulkReferences.referencedBy(op("POST", "/Groups", data)))
          .containsExactly("alice", "bob", "carol");
    }

    @Test
    void ignoresKeysNumbersBooleansAndNulls() {
      JsonObject data = json("{'bulkId:key': 1, 'n': 2, 't': true, 'z': null}");

      assertThat(BulkReferences.referencedBy(op("POST", "/Users", data))).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"/Users", "/Users/bulkId:", "/Users/bulkid:alice", "/Users/alice"})
    void aPathWithoutAWellFormedReferenceRefersToNothing(String path) {
      assertThat(BulkReferences.referencedBy(op("DELETE", path, null))).isEmpty();
    }
  }

  @Nested
  class Resolve {
    @Test
    void replacesACreatedBulkIdByTheNewResourcesId() {
      BulkReferences refs = new BulkReferences();
      refs.created("alice", ALICE);

      assertThat(refs.resolve("/Users/bulkId:alice")).isEqualTo("/Users/" + ALICE);
      assertThat(refs.isResolved("alice")).isTrue();
    }

    @Test
    void replacesEveryOccurrenceAndLeavesUnknownReferencesAsWritten() {
      BulkReferences refs = new BulkReferences();
      refs.created("alice", ALICE);
      refs.created("team", TEAM);

      assertThat(refs.resolve("bulkId:alice bulkId:team bulkId:alice bulkId:nobody"))
          .isEqualTo(ALICE + " " + TEAM + " " + ALICE + " bulkId:nobody");
      assertThat(refs.isResolved("nobody")).isFalse();
    }

    @Test
    void aBulkIdIsNotConfusedWithALongerOneItPrefixes() {
      BulkReferences refs = new BulkReferences();
      refs.created("al", ALICE);

      assertThat(refs.resolve("bulkId:alice")).isEqualTo("bulkId:alice");
    }

    @Test
    void textWithoutReferencesAndNullAreReturnedAsIs() {
      BulkReferences refs = new BulkReferences();
      refs.created("alice", ALICE);

      assertThat(refs.resolve("/Users")).isEqualTo("/Users");
      assertThat(refs.resolve((String) null)).isNull();
      assertThat(refs.resolve((JsonValue) null)).isNull();
    }

    @Test
    void anIdWithReplacementCharactersIsInsertedLiterally() {
      // Matcher.appendReplacement treats $ and \ specially; UUIDs have neither, but resolve must
      // not depend on that.
      BulkReferences refs = new BulkReferences();
      refs.created("alice", ALICE);

      assertThat(refs.resolve("$1 bulkId:alice \\")).isEqualTo("$1 " + ALICE + " \\");
    }

    @Test
    void resolvesReferencesThroughoutAJsonDocumentKeepingEverythingElse() {
      BulkReferences refs = new BulkReferences();
      refs.created("alice", ALICE);
      refs.created("team", TEAM);
      JsonObject data =
          json(
              "{'displayName': 'bulkId: not a reference', 'count': 3, 'flag': false, 'none': null,"
                  + " 'members': [{'value': 'bulkId:alice', 'display': 'Alice'}],"
                  + " 'parent': {'value': 'bulkId:team'},"
                  + " 'unknown': 'bulkId:zed'}");

      JsonValue resolved = refs.resolve(data);

      assertThat(resolved)
          .isEqualTo(
              json(
                  "{'displayName': 'bulkId: not a reference', 'count': 3, 'flag': false,"
                      + " 'none': null,"
                      + " 'members': [{'value': '"
                      + ALICE
                      + "', 'display': 'Alice'}],"
                      + " 'parent': {'value': '"
                      + TEAM
                      + "'},"
                      + " 'unknown': 'bulkId:zed'}"));
    }

    @Test
    void keysAreNotRewritten() {
      BulkReferences refs = new BulkReferences();
      refs.created("alice", ALICE);

      JsonValue resolved = refs.resolve(json("{'bulkId:alice': 'bulkId:alice'}"));

      assertThat(resolved.asJsonObject()).containsOnlyKeys("bulkId:alice");
      assertThat(resolved.asJsonObject().getString("bulkId:alice")).isEqualTo(ALICE.toString());
    }

    @Test
    void anUnchangedStringIsTheSameValue() {
      BulkReferences refs = new BulkReferences();
      JsonValue value = Json.createValue("bulkId:unknown");

      assertThat(refs.resolve(value)).isSameAs(value);
    }
  }

  @Nested
  class Failures {
    @Test
    void aFailedBulkIdIsNeitherResolvedNorResolvable() {
      BulkReferences refs = new BulkReferences();

      refs.failed("alice");

      assertThat(refs.isFailed("alice")).isTrue();
      assertThat(refs.isResolved("alice")).isFalse();
      assertThat(refs.resolve("/Users/bulkId:alice")).isEqualTo("/Users/bulkId:alice");
    }

    @Test
    void failuresAndCreationsAreTrackedPerBulkId() {
      BulkReferences refs = new BulkReferences();

      refs.failed("bob");
      refs.created("alice", ALICE);

      assertThat(refs.isFailed("alice")).isFalse();
      assertThat(refs.isFailed("bob")).isTrue();
      assertThat(refs.isResolved("alice")).isTrue();
      assertThat(refs.isResolved("bob")).isFalse();
    }
  }
}
