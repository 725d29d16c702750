package dev.roster.api.scim.error;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Broken JSON that reached a JSON-P reader: 400 invalidSyntax. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {
  @Context UriInfo uri;

  @Override
  public Response toResponse(JsonException e) {
    return ScimErrorMapping.respond(
        uri, 400, "invalidSyntax", "The request body is not valid JSON.");
  }
}
