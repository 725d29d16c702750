package dev.roster.api.scim;

import dev.roster.api.scim.auth.ScimRequestContext;
import dev.roster.application.common.RosterConfig;
import dev.roster.application.scim.GroupSyncDisabledException;
import dev.roster.application.scim.ScimGroupService;
import dev.roster.application.scim.ScimList;
import dev.roster.application.scim.ScimUserService;
import dev.roster.scim.error.InvalidValueException;
import dev.roster.scim.filter.InvalidFilterException;
import dev.roster.scim.query.ResourceQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 7644 §3.4.3 POST /.search at the root: Users then Groups, paged as one list. A filter that
 * does not apply to one resource type (userName on Groups) matches nothing of that type.
 */
@ApplicationScoped
@Path("scim/v2/.search")
@Produces({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
public class RootSearchResource {
  @Inject ScimUserService users;
  @Inject ScimGroupService groups;
  @Inject ScimRequestContext context;
  @Inject RosterConfig config;

  @POST
  public JsonObject search(String body) {
    ListParameters p = ListParameters.fromSearchRequest(SearchBodies.parse(body));
    ResourceQuery q = p.query();
    if (q.cursorPaged()) {
      throw new InvalidValueException(
          "Cursor paging is offered on /Users and /Groups and their /.search, not on the root"
              + " /.search that spans resource types; use startIndex here.");
    }
    String base = config.scimBaseUrl();
    InvalidFilterException failure = null;
    ScimList userPage = null;
    try {
      userPage = users.list(context.actor(), q, p.selection(), base);
    } catch (InvalidFilterException e) {
      failure = e;
    }
    long userTotal = userPage == null ? 0 : userPage.totalResults();
    List<JsonObject> resources =
        new ArrayList<>(userPage == null ? List.of() : userPage.resources());
    int remaining = q.count() - resources.size();
    int groupStart = (int) Math.max(1, q.startIndex() - userTotal);
    ResourceQuery groupQuery =
        new ResourceQuery(q.filter(), q.sortBy(), q.descending(), groupStart, remaining);
    ScimList groupPage = null;
    try {
      groupPage = groups.list(context.caller(), groupQuery, p.selection(), base);
    } catch (InvalidFilterException e) {
      if (failure != null) {
        throw failure;
      }
    } catch (GroupSyncDisabledException e) {
      if (failure != null) {
        throw failure;
      }
    }
    long total = userTotal;
    if (groupPage != null) {
      resources.addAll(groupPage.resources());
      total += groupPage.totalResults();
    }
    return new ScimList(resources, total, q.startIndex()).toJson();
  }
}
