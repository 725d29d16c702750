package dev.roster.web.groups;

import dev.roster.application.admin.GroupAdminService;
import dev.roster.application.admin.GroupAdminService.GroupSummary;
import dev.roster.web.common.PagedModel;
import dev.roster.web.session.ConsoleSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Groups: the read-only mirror of the IdP's groups, with member counts. */
@Named
@ViewScoped
public class GroupsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GroupAdminService groups;
  @Inject ConsoleSession session;

  private final PagedModel<GroupSummary> model =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<GroupSummary> fetch(Request request) {
          GroupAdminService.GroupPage page =
              groups.list(
                  session.actor(), request.text("globalFilter"), request.page(), request.size());
          return new Page<>(page.items(), page.total());
        }

        @Override
        protected String keyOf(GroupSummary row) {
          return row.id().toString();
        }
      };

  public PagedModel<GroupSummary> getModel() {
    return model;
  }
}
