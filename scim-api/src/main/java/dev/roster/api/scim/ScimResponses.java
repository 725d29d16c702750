package dev.roster.api.scim;

import dev.roster.application.scim.ScimResource;
import dev.roster.scim.model.ETags;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Builds SCIM responses: ETag and Location headers, 304 for a matching If-None-Match. */
public final class ScimResponses {
  private ScimResponses() {}

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
    if (ETags.matches(ifNoneMatch, r.etag())) {
      return Response.notModified(EntityTag.valueOf(r.etag())).header("ETag", r.etag()).build();
    }
    return ok(r);
  }
}
