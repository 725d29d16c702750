package dev.roster.api.scim.error;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * What every exception mapper here shares: on /scim paths the RFC 7644 §3.12 error body; elsewhere
 * a plain JSON {status, detail}, so that other APIs are not answered in SCIM.
 */
final class ScimErrorMapping {
  private ScimErrorMapping() {}

  static boolean isScim(UriInfo uri) {
    if (uri == null) {
      return true;
    }
    String path = uri.getPath().replaceAll("^/+", "");
    return path.regionMatches(true, 0, "scim/", 0, 5);
  }

  static Response respond(UriInfo uri, int status, String scimType, String detail) {
    if (isScim(uri)) {
      return ScimErrors.response(status, scimType, detail);
    }
    var body = Json.createObjectBuilder().add("status", status);
    if (detail != null) {
      body.add("detail", detail);
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body.build())
        .build();
  }
}
