package dev.roster.api.common;

import dev.roster.error.ErrorKind;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON: 400 saying where it broke, never a 500. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(JsonException e) {
    String where = "";
    if (e instanceof JsonParsingException p && p.getLocation() != null) {
      where =
          " (line "
              + p.getLocation().getLineNumber()
              + ", column "
              + p.getLocation().getColumnNumber()
              + ")";
    }
    ErrorStatus invalid = ErrorStatus.of(ErrorKind.INVALID_SYNTAX);
    return ErrorResponses.of(
        uriInfo,
        invalid.status(),
        invalid.scimType(),
        "The request body is not valid JSON" + where + ".");
  }
}
