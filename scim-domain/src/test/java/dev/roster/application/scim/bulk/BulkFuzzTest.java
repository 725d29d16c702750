package dev.roster.application.scim.bulk;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.roster.application.common.Actor;
import dev.roster.application.scim.ScimGroupService;
import dev.roster.application.scim.ScimRequests;
import dev.roster.application.scim.ScimResource;
import dev.roster.application.scim.ScimUserService;
import dev.roster.domain.common.NotFoundException;
import dev.roster.error.RosterException;
import dev.roster.scim.model.ScimCanonicalizer;
import dev.roster.scim.patch.GroupPatchPlan;
import dev.roster.scim.patch.PatchEngine;
import dev.roster.scim.patch.PatchRequest;
import dev.roster.scim.schema.ScimSchemas;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Fuzzes bulk requests: the request, its operations, paths and bulkId references. The /Users and
 * /Groups use cases are replaced by stand-ins that read the operation's body as the real ones do
 * before they reach the database (JSON, canonical tree, PATCH parse and validation, the id), so a
 * failed operation must carry a {@link RosterException} (its SCIM error response) and the request
 * as a whole may only fail with one. Replays {@code BulkFuzzTestInputs/}; {@code fuzz/run.sh}
 * fuzzes it.
 */
class BulkFuzzTest {
  private static final String BASE = "https://roster.test/scim/v2";
  private static final Actor ACTOR = Actor.system(UUID.randomUUID());
  private static final ScimBulkService SERVICE = new ScimBulkService();

  static {
    SERVICE.users = new Users();
    SERVICE.groups = new Groups();
  }

  @FuzzTest
  void bulk(FuzzedDataProvider data) throws Throwable {
    String body = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    try {
      for (BulkOutcome outcome : SERVICE.execute(ACTOR, body, BASE)) {
        if (outcome.failure() != null && !(outcome.failure() instanceof RosterException)) {
          throw outcome.failure();
        }
      }
    } catch (RosterException expected) {
      // a 4xx for the whole request
    }
  }

  private static ScimResource created(String type) {
    UUID id = UUID.randomUUID();
    return new ScimResource(id, null, "W/\"1\"", BASE + "/" + type + "/" + id);
  }

  /** What the use cases do with an id: one that is no UUID names nothing. */
  private static ScimResource existing(String type, String id) {
    try {
      UUID uuid = UUID.fromString(id.strip());
      return new ScimResource(uuid, null, "W/\"2\"", BASE + "/" + type + "/" + uuid);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(type + " " + id + " not found.");
    }
  }

  private static final class Users extends ScimUserService {
    private static final ScimCanonicalizer CANON = new ScimCanonicalizer(ScimSchemas.USER_TYPE);

    @Override
    public ScimResource create(Actor actor, String body, String base) {
      CANON.resource(ScimRequests.body(body));
      return created("Users");
    }

    @Override
    public ScimResource replace(Actor actor, String id, String body, String ifMatch, String base) {
      ScimResource found = existing("Users", id);
      CANON.resource(ScimRequests.body(body));
      return found;
    }

    @Override
    public ScimResource patch(Actor actor, String id, String body, String ifMatch, String base) {
      new PatchEngine(CANON).validate(PatchRequest.parse(ScimRequests.body(body)));
      return existing("Users", id);
    }

    @Override
    public void delete(Actor actor, String id, String ifMatch) {
      existing("Users", id);
    }
  }

  private static final class Groups extends ScimGroupService {
    private static final ScimCanonicalizer CANON = new ScimCanonicalizer(ScimSchemas.GROUP_TYPE);

    @Override
    public ScimResource create(Actor actor, String body, String base) {
      CANON.resource(ScimRequests.body(body));
      return created("Groups");
    }

    @Override
    public ScimResource replace(Actor actor, String id, String body, String ifMatch, String base) {
      ScimResource found = existing("Groups", id);
      CANON.resource(ScimRequests.body(body));
      return found;
    }

    @Override
    public ScimResource patch(Actor actor, String id, String body, String ifMatch, String base) {
      GroupPatchPlan plan = GroupPatchPlan.of(PatchRequest.parse(ScimRequests.body(body)));
      new PatchEngine(CANON).validate(plan.attributeOperations());
      return existing("Groups", id);
    }

    @Override
    public void delete(Actor actor, String id, String ifMatch) {
      existing("Groups", id);
    }
  }
}
