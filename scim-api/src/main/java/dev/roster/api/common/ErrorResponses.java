package dev.roster.api.common;

import dev.roster.api.scim.error.ScimErrors;
import dev.roster.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Error bodies in the dialect of the API that was called: RFC 7644 errors under /scim, and
 * {"status","detail"} for the admin and platform APIs.
 */
public final class ErrorResponses {
  private ErrorResponses() {}

  public static boolean isScim(UriInfo uriInfo) {
    String path = uriInfo == null ? "" : uriInfo.getPath().replaceAll("^/+", "");
    return path.regionMatches(true, 0, "scim/", 0, 5);
  }

  public static Response of(UriInfo uriInfo, int status, String scimType, String detail) {
    return isScim(uriInfo)
        ? ScimErrors.response(status, scimType, detail)
        : admin(status, detail, null);
  }

  public static Response admin(int status, String detail, JsonObjectBuilder extra) {
    JsonObjectBuilder body = extra == null ? Json.createObjectBuilder() : extra;
    body.add("status", status).add("detail", detail == null ? "" : detail);
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body.build())
        .build();
  }
}
