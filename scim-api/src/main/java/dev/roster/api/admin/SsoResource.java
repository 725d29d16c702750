package dev.roster.api.admin;

import dev.roster.api.admin.security.AdminRequestContext;
import dev.roster.application.sso.SsoService;
import dev.roster.application.sso.SsoView;
import dev.roster.domain.common.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The organization's SSO configuration; the client secret is write-only. */
@Path("api/admin/v1/sso")
@RolesAllowed("Admin")
@Produces(MediaType.APPLICATION_JSON)
public class SsoResource {
  @Inject SsoService sso;
  @Inject AdminRequestContext context;

  @GET
  public JsonObject get() {
    return json(sso.get(context.actor()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject put(JsonObject body) {
    JsonObject b = AdminJson.body(body);
    return json(
        sso.configure(
            context.actor(),
            AdminJson.string(b, "protocol"),
            AdminJson.string(b, "issuer"),
            AdminJson.string(b, "clientId"),
            AdminJson.string(b, "clientSecret")));
  }

  @POST
  @Path("activate")
  public JsonObject activate() {
    return json(sso.activate(context.actor()));
  }

  @POST
  @Path("deactivate")
  public JsonObject deactivate() {
    return json(sso.deactivate(context.actor()));
  }

  /** Break-glass: {@code {"enabled": false}} leaves SSO as the admins' only way in. */
  @PUT
  @Path("password-sign-in")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject passwordSignIn(JsonObject body) {
    JsonObject b = AdminJson.body(body);
    if (!b.containsKey("enabled")) {
      throw new ValidationException("'enabled' is required: true or false.");
    }
    return json(sso.setPasswordSignIn(context.actor(), AdminJson.bool(b, "enabled", true)));
  }

  static JsonObject json(SsoView v) {
    return AdminJson.object(
            "protocol", v.protocol(),
            "issuer", v.issuer(),
            "clientId", v.clientId(),
            "clientSecretSet", v.clientSecretSet(),
            "active", v.active(),
            "activatedAt", v.activatedAt(),
            "passwordSignIn", v.passwordSignIn())
        .build();
  }
}
