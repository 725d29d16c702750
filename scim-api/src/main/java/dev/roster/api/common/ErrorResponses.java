package dev.roster.api.common;

import dev.roster.api.scim.error.ScimErrors;
import dev.roster.domain.organization.EnableBlocker;
import dev.roster.domain.organization.ProvisioningBlockedException;
import dev.roster.error.RetryLater;
import dev.roster.error.RosterException;
import dev.roster.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Error responses in the dialect of the API that was called: the RFC 7644 §3.12 body ({@link
 * ScimErrors}) under /scim, and {@code {"status","detail"}} for the admin and platform APIs. Every
 * error response is built here or in {@link ScimErrors}.
 */
public final class ErrorResponses {
  private ErrorResponses() {}

  /**
   * Whether the request was made to the SCIM API. Without a request ({@code uriInfo} null) the
   * answer is SCIM: only Bulk renders errors outside a request's own path, and Bulk is SCIM.
   */
  public static boolean isScim(UriInfo uriInfo) {
    if (uriInfo == null) {
      return true;
    }
    String path = RequestPaths.withoutLeadingSlashes(uriInfo.getPath());
    return path.regionMatches(true, 0, "scim/", 0, 5);
  }

  /**
   * The answer to {@code e}: status and {@code scimType} from its kind; in the admin dialect, a
   * blocked enable also lists its blockers; an error cured by waiting (a throttled sign-in, an
   * overloaded SCIM API) says when to retry.
   */
  public static Response of(UriInfo uriInfo, RosterException e) {
    ErrorStatus status = ErrorStatus.of(e.kind());
    Response response =
        isScim(uriInfo)
            ? ScimErrors.response(status.status(), status.scimType(), e.getMessage())
            : admin(status.status(), e.getMessage(), adminExtra(e));
    if (e instanceof RetryLater later) {
      return Response.fromResponse(response)
          .header("Retry-After", later.retryAfterSeconds())
          .build();
    }
    return response;
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

  private static JsonObjectBuilder adminExtra(RosterException e) {
    if (e instanceof ProvisioningBlockedException blocked) {
      JsonArrayBuilder blockers = Json.createArrayBuilder();
      blocked.blockers().stream().map(EnableBlocker::name).forEach(blockers::add);
      return Json.createObjectBuilder().add("blockers", blockers);
    }
    return null;
  }
}
