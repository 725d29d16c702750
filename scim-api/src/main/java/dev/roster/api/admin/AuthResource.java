package dev.roster.api.admin;

import dev.roster.api.admin.security.AdminRequestContext;
import dev.roster.api.admin.security.AdminTokens;
import dev.roster.application.admin.AdminAuthService;
import dev.roster.application.admin.AdminIdentity;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Admin sign-in: organization, email and password for a short-lived access token. */
@Path("api/admin/v1/auth/token")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
  @Inject AdminAuthService auth;
  @Inject AdminTokens tokens;
  @Inject AdminRequestContext context;

  @POST
  public JsonObject signIn(JsonObject body) {
    JsonObject b = AdminJson.body(body);
    AdminIdentity admin =
        auth.signIn(
            AdminJson.string(b, "organization"),
            AdminJson.string(b, "email"),
            AdminJson.string(b, "password"),
            context.requestId());
    return AdminJson.object(
            "access_token",
            tokens.issue(admin),
            "token_type",
            "Bearer",
            "expires_in",
            tokens.ttlSeconds())
        .build();
  }
}
