package dev.roster.api.admin;

import dev.roster.api.admin.security.AdminRequestContext;
import dev.roster.application.provisioning.DisableOutcome;
import dev.roster.application.provisioning.ProvisioningService;
import dev.roster.application.provisioning.ProvisioningView;
import dev.roster.domain.common.ValidationException;
import dev.roster.domain.organization.DisableMode;
import dev.roster.domain.organization.EnableBlocker;
import dev.roster.domain.organization.IdentityProvider;
import dev.roster.domain.role.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Provisioning settings, enabling SCIM and disabling it (SOFT or LOCK). */
@Path("api/admin/v1/provisioning")
@RolesAllowed("Admin")
@Produces(MediaType.APPLICATION_JSON)
public class ProvisioningResource {
  @Inject ProvisioningService provisioning;
  @Inject AdminRequestContext context;

  @GET
  public JsonObject get() {
    return json(provisioning.get(context.actor()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject put(JsonObject body) {
    JsonObject b = AdminJson.body(body);
    String roleName = AdminJson.string(b, "defaultRole");
    Role role = roleName == null ? null : Role.require(roleName);
    return json(
        provisioning.update(
            context.actor(),
            AdminJson.enumValue(b, "identityProvider", IdentityProvider.class),
            role,
            AdminJson.bool(b, "autoActivateUsers", true),
            AdminJson.bool(b, "syncGroups", true)));
  }

  @POST
  @Path("enable")
  public JsonObject enable() {
    return json(provisioning.enable(context.actor()));
  }

  @GET
  @Path("disable-preview")
  public JsonObject preview(@QueryParam("mode") String mode) {
    DisableOutcome outcome = provisioning.preview(context.actor(), mode(mode));
    return AdminJson.object(
            "mode", outcome.mode().name(),
            "usersAffected", outcome.usersAffected(),
            "tokensToRevoke", outcome.tokens())
        .build();
  }

  @POST
  @Path("disable")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public JsonObject disable(JsonObject body) {
    String mode = body == null ? null : AdminJson.string(body, "mode");
    DisableOutcome outcome = provisioning.disable(context.actor(), mode(mode));
    return AdminJson.object(
            "mode", outcome.mode().name(),
            "usersAffected", outcome.usersAffected(),
            "tokensRevoked", outcome.tokens())
        .build();
  }

  private static DisableMode mode(String mode) {
    if (mode == null || mode.isBlank()) {
      return DisableMode.SOFT;
    }
    try {
      return DisableMode.valueOf(mode.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException("mode must be SOFT or LOCK.");
    }
  }

  static JsonObject json(ProvisioningView v) {
    return AdminJson.object(
            "identityProvider", v.identityProvider() == null ? null : v.identityProvider().name(),
            "defaultRole", v.defaultRole() == null ? null : v.defaultRole().displayName(),
            "autoActivateUsers", v.autoActivateUsers(),
            "syncGroups", v.syncGroups(),
            "enabled", v.enabled(),
            "scimBaseUrl", v.scimBaseUrl(),
            "enableBlockers", v.enableBlockers().stream().map(EnableBlocker::name).toList())
        .build();
  }
}
