package dev.roster.api.scim.error;

import dev.roster.api.scim.ScimMediaType;
import dev.roster.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Builds RFC 7644 §3.12 error responses. */
public final class ScimErrors {
  public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

  private ScimErrors() {}

  public static Response response(int status, String scimType, String detail) {
    Response.ResponseBuilder builder =
        Response.status(status)
            .type(ScimMediaType.SCIM_JSON)
            .entity(body(status, scimType, detail));
    if (status == 401) {
      builder.header("WWW-Authenticate", "Bearer realm=\"Roster SCIM\"");
    }
    return builder.build();
  }

  /** The error body alone, for a servlet filter that answers before JAX-RS runs. */
  public static JsonObject body(int status, String scimType, String detail) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("schemas", Json.createArrayBuilder().add(ERROR_SCHEMA))
            .add("status", String.valueOf(status));
    if (scimType != null) {
      body.add("scimType", scimType);
    }
    if (detail != null) {
      body.add("detail", detail);
    }
    return body.build();
  }
}
