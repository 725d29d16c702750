package dev.roster.api.scim.error;

import dev.roster.api.common.ErrorResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * What every exception mapper here shares: on /scim paths the RFC 7644 §3.12 error body; elsewhere
 * a plain JSON {status, detail}, so that other APIs are not answered in SCIM.
 */
final class ScimErrorMapping {
  private ScimErrorMapping() {}

  static boolean isScim(UriInfo uri) {
    return uri == null || ErrorResponses.isScim(uri);
  }

  static Response respond(UriInfo uri, int status, String scimType, String detail) {
    return isScim(uri)
        ? ScimErrors.response(status, scimType, detail)
        : ErrorResponses.admin(status, detail, null);
  }
}
