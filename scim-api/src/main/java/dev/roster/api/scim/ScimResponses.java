package dev.roster.api.scim;

import dev.roster.application.common.RosterConfig;
import dev.roster.application.scim.ScimResource;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Builds SCIM responses: ETag and Location headers, 304 for a matching If-None-Match. */
public final class ScimResponses {
  private ScimResponses() {}

  /** The SCIM base URL used in meta.location and Location headers. */
  public static String base(RosterConfig config) {
    return config.publicUrl() + "/scim/v2";
  }

  public static Response created(ScimResource r) {
    return Response.created(URI.create(r.location()))
        .header("ETag", r.etag())
        .entity(r.json())
        .build();
  }

  public static Response ok(ScimResource r) {
    return Response.ok(r.json()).header("ETag", r.etag()).build();
  }

  public static Response okUnlessUnchanged(ScimResource r, String ifNoneMatch) {
    if (ifNoneMatch != null && matches(ifNoneMatch, r.etag())) {
      return Response.notModified(EntityTag.valueOf(r.etag())).header("ETag", r.etag()).build();
    }
    return ok(r);
  }

  private static boolean matches(String header, String etag) {
    String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
    for (String tag : header.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(etag) || t.equals(bare) || t.equals("W/" + bare)) {
        return true;
      }
    }
    return false;
  }
}
