package dev.roster.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.IntFunction;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Counts the SQL statements the server prepares, from Hibernate's statistics (the test server runs
 * with -Droster.sql.statistics=true) read through WildFly's management model. The counter is
 * server-wide: a background job (the token-usage flush, every 10 s) may add to it, so a request is
 * measured a few times and the fewest statements seen is its count. Tests run one class at a time.
 */
final class SqlStatements {
  private static final int TRIES = 3;
  private final ManagementClient management;

  SqlStatements(ManagementClient management) {
    this.management = management;
  }

  /** Statements of {@code request(i)}: try i gets its own input where a request must differ. */
  long of(IntFunction<Http.Response> request) {
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < TRIES; i++) {
      long before = preparedStatements();
      Http.Response r = request.apply(i);
      long used = preparedStatements() - before;
      if (r.status() >= 300) {
        throw new AssertionError("Measured request failed: " + r);
      }
      fewest = Math.min(fewest, used);
    }
    return fewest;
  }

  /** The statements authentication alone costs: an authenticated request that does nothing else. */
  long authentication(ScimClient scim) {
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < TRIES; i++) {
      long before = preparedStatements();
      Http.Response r = scim.get("/Me");
      if (r.status() != 501) {
        throw new AssertionError("GET /Me should be an authenticated 501: " + r);
      }
      fewest = Math.min(fewest, preparedStatements() - before);
    }
    return fewest;
  }

  long preparedStatements() {
    ModelNode op = new ModelNode();
    op.get("operation").set("read-attribute");
    ModelNode address = op.get("address");
    address.add("deployment", "roster.ear");
    address.add("subsystem", "jpa");
    address.add("hibernate-persistence-unit", "roster.ear#roster");
    op.get("name").set("prepared-statement-count");
    try {
      ModelNode result = management.getControllerClient().execute(op);
      if (!"success".equals(result.get("outcome").asString())) {
        throw new AssertionError("Cannot read Hibernate statistics: " + result);
      }
      return result.get("result").asLong();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
