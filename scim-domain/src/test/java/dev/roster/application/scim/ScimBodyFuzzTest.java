package dev.roster.application.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roster.domain.group.Group;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleDecision;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserStatus;
import dev.roster.error.RosterException;
import dev.roster.scim.model.ScimCanonicalizer;
import dev.roster.scim.patch.GroupPatchPlan;
import dev.roster.scim.patch.PatchEngine;
import dev.roster.scim.patch.PatchOperation;
import dev.roster.scim.patch.PatchRequest;
import dev.roster.scim.schema.ScimSchemas;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fuzzes the request bodies of /Users and /Groups as {@link ScimUserService} and {@link
 * ScimGroupService} read them, up to the point where the database is needed: JSON, the canonical
 * tree, PATCH parsing, validation and application, and the domain objects built from the result.
 * Anything but a {@link RosterException} (a SCIM or domain error, answered 4xx) is a finding.
 * Replays {@code ScimBodyFuzzTestInputs/}; {@code fuzz/run.sh} fuzzes it.
 */
class ScimBodyFuzzTest {
  private static final ScimCanonicalizer USERS = new ScimCanonicalizer(ScimSchemas.USER_TYPE);
  private static final ScimCanonicalizer GROUPS = new ScimCanonicalizer(ScimSchemas.GROUP_TYPE);
  private static final UUID ORG = UUID.randomUUID();

  /** A stored user as PATCH finds it: columns plus the JSON document. */
  private static final String STORED =
      """
      {"name":{"givenName":"Barbara","familyName":"Jensen","formatted":"Ms. Barbara Jensen"},
       "displayName":"Babs","title":"Tour Guide","userType":"Employee",
       "emails":[{"value":"b@work.com","type":"work","primary":true},
                 {"value":"b@home.org","type":"home"}],
       "phoneNumbers":[{"value":"555-555-8377","type":"work"}],
       "addresses":[{"type":"work","streetAddress":"100 Universal City Plaza","country":"USA"}],
       "roles":[{"value":"Admin","primary":true},{"value":"Editor"}],
       "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":
         {"employeeNumber":"701984","department":"Tour Operations","manager":{"value":"m-1"}}}
      """;

  @FuzzTest
  void userBody(FuzzedDataProvider data) {
    try {
      UserDocument doc = new UserDocument(USERS.resource(ScimRequests.body(text(data))));
      user(doc);
    } catch (RosterException expected) {
      // a 4xx with a SCIM error body
    }
  }

  @FuzzTest
  void userPatch(FuzzedDataProvider data) {
    try {
      List<PatchOperation> operations = PatchRequest.parse(ScimRequests.body(text(data)));
      new PatchEngine(USERS).validate(operations);
      Map<String, Object> current = UserDocument.editable(STORED, "bjensen", "ext-1", true);
      UserDocument doc = new UserDocument(new PatchEngine(USERS).apply(current, operations));
      user(doc);
      // The next PATCH reads back what this one stores.
      assertThat(UserDocument.editable(doc.storedJson(), "bjensen", null, true)).isNotNull();
    } catch (RosterException expected) {
      // a 4xx with a SCIM error body
    }
  }

  @FuzzTest
  void groupBody(FuzzedDataProvider data) {
    try {
      Map<String, Object> tree = GROUPS.resource(ScimRequests.body(text(data)));
      Group.create(ORG, text(tree.get("displayName")), text(tree.get("externalId")), Instant.now());
    } catch (RosterException expected) {
      // a 4xx with a SCIM error body
    }
  }

  @FuzzTest
  void groupPatch(FuzzedDataProvider data) {
    try {
      GroupPatchPlan plan = GroupPatchPlan.of(PatchRequest.parse(ScimRequests.body(text(data))));
      new PatchEngine(GROUPS).validate(plan.attributeOperations());
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("displayName", "Tour Guides");
      tree.put("externalId", "g-1");
      tree = new PatchEngine(GROUPS).apply(tree, plan.attributeOperations());
      Group group = Group.create(ORG, "Tour Guides", "g-1", Instant.now());
      group.rename(text(tree.get("displayName")), text(tree.get("externalId")));
      plan.members().forEach(change -> assertThat(change.memberIds()).doesNotContainNull());
    } catch (RosterException expected) {
      // a 4xx with a SCIM error body
    }
  }

  /** The user {@link ScimUserService#create} builds from a document (no password hashing). */
  private static void user(UserDocument doc) {
    Instant now = Instant.now();
    new User(
        UUID.randomUUID(),
        ORG,
        doc.userName(),
        doc.externalId(),
        doc.displayName(),
        User.normalizeEmail(doc.email()),
        doc.givenName(),
        doc.familyName(),
        doc.active() == null || doc.active(),
        UserStatus.ACTIVE,
        RoleDecision.byDefault(Role.VIEWER),
        true,
        null,
        doc.storedJson(),
        doc.roleValues(),
        now,
        now,
        1);
    doc.password();
  }

  private static String text(FuzzedDataProvider data) {
    return new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
