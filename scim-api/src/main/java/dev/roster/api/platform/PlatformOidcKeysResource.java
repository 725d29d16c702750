package dev.roster.api.platform;

import dev.roster.application.oidc.ProviderKeys;
import dev.roster.json.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Rotates the OIDC provider's signing key; the old key stays published during the overlap. */
@Path("api/platform/v1/oidc/keys/rotate")
public class PlatformOidcKeysResource {
  @Inject ProviderKeys keys;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response rotate() {
    return Response.ok(Json.createObjectBuilder().add("kid", keys.rotate()).build()).build();
  }
}
