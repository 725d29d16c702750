package dev.roster.api.scim.bulk;

import dev.roster.api.common.ServerErrors;
import dev.roster.application.scim.bulk.BulkOutcome;
import dev.roster.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import java.util.List;

/**
 * The BulkResponse: per operation its method, bulkId, location, version and status, and for a
 * failure the SCIM error as its response. Failures go through the same exception mappers as the
 * single-resource endpoints, so an operation fails exactly as the request alone would have.
 */
final class BulkResponseBody {
  static final String RESPONSE_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkResponse";
  private final Providers providers;

  BulkResponseBody(Providers providers) {
    this.providers = providers;
  }

  JsonObject render(List<BulkOutcome> outcomes) {
    JsonArrayBuilder operations = Json.createArrayBuilder();
    for (BulkOutcome o : outcomes) {
      operations.add(operation(o));
    }
    return Json.createObjectBuilder()
        .add("schemas", Json.createArrayBuilder().add(RESPONSE_SCHEMA))
        .add("Operations", operations)
        .build();
  }

  private JsonObjectBuilder operation(BulkOutcome o) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    b.add("method", o.operation().method() == null ? "" : o.operation().method());
    if (o.operation().bulkId() != null) {
      b.add("bulkId", o.operation().bulkId());
    }
    if (o.location() != null) {
      b.add("location", o.location());
    }
    if (o.etag() != null) {
      b.add("version", o.etag());
    }
    switch (o.result()) {
      case CREATED -> b.add("status", "201");
      case OK -> b.add("status", "200");
      case NO_CONTENT -> b.add("status", "204");
      case FAILED -> {
        Response error = error(o.failure());
        b.add("status", String.valueOf(error.getStatus()));
        if (error.getEntity() instanceof JsonObject body) {
          b.add("response", body);
        }
      }
    }
    return b;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Response error(RuntimeException failure) {
    ExceptionMapper mapper = providers.getExceptionMapper(failure.getClass());
    return mapper == null ? ServerErrors.unexpected(null, failure) : mapper.toResponse(failure);
  }
}
