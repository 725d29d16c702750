package dev.roster.api.admin;

import dev.roster.api.admin.security.AdminRequestContext;
import dev.roster.application.admin.UserAdminService;
import dev.roster.application.admin.UserJson;
import dev.roster.application.admin.UserView;
import dev.roster.domain.user.UserStatus;
import dev.roster.json.Json;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** People of the organization: search, detail with role explanation, activation. */
@Path("api/admin/v1/users")
@RolesAllowed("Admin")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
  static final int MAX_PAGE_SIZE = 200;

  @Inject UserAdminService users;
  @Inject AdminRequestContext context;

  @GET
  public JsonObject search(
      @QueryParam("search") String search,
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    UserStatus wanted =
        status == null || status.isBlank()
            ? null
            : AdminJson.parseEnum(status, "status", UserStatus.class);
    UserAdminService.Page result =
        users.search(
            context.actor(),
            search,
            wanted,
            Math.max(0, page),
            Math.max(1, Math.min(MAX_PAGE_SIZE, size)));
    JsonArrayBuilder items = Json.createArrayBuilder();
    result.items().forEach(u -> items.add(json(u)));
    return Json.createObjectBuilder().add("items", items).add("total", result.total()).build();
  }

  @GET
  @Path("{id}")
  public JsonObject get(@PathParam("id") String id) {
    return json(users.get(context.actor(), AdminJson.uuid(id, "user"))).build();
  }

  @POST
  @Path("{id}/activate")
  public JsonObject activate(@PathParam("id") String id) {
    return json(users.activate(context.actor(), AdminJson.uuid(id, "user"))).build();
  }

  static JsonObjectBuilder json(UserView u) {
    JsonObjectBuilder b = UserJson.summary(u);
    UserView.RoleExplanation e = u.roleExplanation();
    if (e != null) {
      UserView.MappingRef m = e.mapping();
      b.add(
          "roleExplanation",
          AdminJson.object(
              "role", e.role().displayName(),
              "reason", e.reason(),
              "mapping",
                  m == null
                      ? null
                      : AdminJson.object(
                          "id", m.id(),
                          "source", m.source(),
                          "idpValue", m.idpValue(),
                          "role", m.role().displayName()),
              "idpRoles", e.idpRoles(),
              "groups", e.groups()));
    }
    return b;
  }
}
