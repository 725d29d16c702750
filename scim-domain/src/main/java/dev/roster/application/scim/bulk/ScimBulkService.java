package dev.roster.application.scim.bulk;

import dev.roster.application.common.Actor;
import dev.roster.application.scim.ScimGroupService;
import dev.roster.application.scim.ScimRequests;
import dev.roster.application.scim.ScimUserService;
import dev.roster.scim.error.BulkLimitException;
import dev.roster.scim.error.InvalidSyntaxException;
import dev.roster.scim.error.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * RFC 7644 §3.7 bulk requests. Runs no transaction itself: each operation is one call of the
 * ordinary use case, in its own transaction, so a failed operation changes nothing and the others
 * stand (bulk is not atomic). An operation that refers to a {@code bulkId} waits until the
 * operation creating it has run, whatever their order in the request; references that cannot be
 * resolved (unknown, failed, circular) are that operation's invalidValue error.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ScimBulkService {
  static final String REQUEST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

  @Inject ScimUserService users;
  @Inject ScimGroupService groups;

  /** Outcomes in the order of the request's operations; those after failOnErrors are left out. */
  public List<BulkOutcome> execute(Actor actor, String body, String base) {
    if (body != null
        && body.getBytes(StandardCharsets.UTF_8).length > BulkLimits.MAX_PAYLOAD_BYTES) {
      throw BulkLimitException.tooLarge(BulkLimits.MAX_PAYLOAD_BYTES);
    }
    JsonObject request = ScimRequests.body(body);
    checkSchema(request);
    JsonValue ops = request.get("Operations");
    if (!(ops instanceof JsonArray array)) {
      throw new InvalidSyntaxException("A bulk request needs 'Operations': an array.");
    }
    if (array.size() > BulkLimits.MAX_OPERATIONS) {
      throw BulkLimitException.tooMany(BulkLimits.MAX_OPERATIONS);
    }
    int failOnErrors = failOnErrors(request);
    List<BulkOperation> pending = new ArrayList<>();
    Set<String> defined = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      BulkOperation op = BulkOperation.of(i, array.get(i));
      pending.add(op);
      if ("POST".equals(op.method()) && op.bulkId() != null) {
        defined.add(op.bulkId());
      }
    }
    BulkRunner runner = new BulkRunner(users, groups, actor, base);
    BulkReferences refs = new BulkReferences();
    TreeMap<Integer, BulkOutcome> outcomes = new TreeMap<>();
    int errors = 0;
    boolean progress = true;
    while (progress && !pending.isEmpty()) {
      progress = false;
      for (Iterator<BulkOperation> it = pending.iterator(); it.hasNext(); ) {
        BulkOperation op = it.next();
        BulkOutcome outcome = runIfReady(op, refs, defined, runner);
        if (outcome == null) {
          continue;
        }
        it.remove();
        progress = true;
        outcomes.put(op.index(), outcome);
        if (outcome.result() == BulkOutcome.Result.FAILED && ++errors == failOnErrors) {
          return List.copyOf(outcomes.values());
        }
      }
    }
    for (BulkOperation op : pending) {
      outcomes.put(
          op.index(),
          BulkOutcome.failed(
              op,
              null,
              new InvalidValueException("This operation's bulkId references are circular.")));
    }
    return List.copyOf(outcomes.values());
  }

  /** The outcome, or null when the operation still waits for another one. */
  private static BulkOutcome runIfReady(
      BulkOperation op, BulkReferences refs, Set<String> defined, BulkRunner runner) {
    for (String ref : BulkReferences.referencedBy(op)) {
      if (!defined.contains(ref)) {
        return unresolved(
            op, refs, "bulkId '" + ref + "' is not created by any POST of this request.");
      }
      if (refs.isFailed(ref)) {
        return unresolved(op, refs, "bulkId '" + ref + "' refers to an operation that failed.");
      }
      if (!refs.isResolved(ref)) {
        return null;
      }
    }
    return runner.run(op, refs);
  }

  private static BulkOutcome unresolved(BulkOperation op, BulkReferences refs, String detail) {
    if (op.bulkId() != null) {
      refs.failed(op.bulkId());
    }
    return BulkOutcome.failed(op, null, new InvalidValueException(detail));
  }

  private static void checkSchema(JsonObject request) {
    JsonValue schemas = request.get("schemas");
    if (schemas instanceof JsonArray a
        && a.stream().noneMatch(s -> s.toString().replace("\"", "").equals(REQUEST_SCHEMA))) {
      throw new InvalidSyntaxException(
          "A bulk request's schemas must include " + REQUEST_SCHEMA + ".");
    }
  }

  private static int failOnErrors(JsonObject request) {
    JsonValue v = request.get("failOnErrors");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return Integer.MAX_VALUE;
    }
    if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1) {
      throw new InvalidValueException("failOnErrors must be a positive integer.");
    }
    return (int) Math.min(Integer.MAX_VALUE, n.longValue());
  }
}
