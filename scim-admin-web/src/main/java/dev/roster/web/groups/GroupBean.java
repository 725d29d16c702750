package dev.roster.web.groups;

import dev.roster.application.admin.GroupAdminService;
import dev.roster.application.admin.GroupAdminService.GroupSummary;
import dev.roster.application.admin.GroupAdminService.Member;
import dev.roster.web.common.AddressIds;
import dev.roster.web.common.PagedModel;
import dev.roster.web.session.ConsoleSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One group and its members, a page at a time (a 100k-member group opens as fast as a small one).
 */
@Named
@ViewScoped
public class GroupBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GroupAdminService groups;
  @Inject ConsoleSession session;

  private String id;
  private transient GroupSummary group;

  private final PagedModel<Member> members =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<Member> fetch(Request request) {
          GroupAdminService.MemberPage page =
              groups.members(session.actor(), group().id(), request.page(), request.size());
          return new Page<>(page.items(), page.total());
        }

        @Override
        protected String keyOf(Member row) {
          return row.id().toString();
        }
      };

  /** Runs on the page's GET: an unknown id, or another organization's, is "not found". */
  public void load() {
    group = groups.get(session.actor(), AddressIds.parse(id, "group"));
  }

  public GroupSummary getGroup() {
    return group();
  }

  public PagedModel<Member> getMembers() {
    return members;
  }

  private GroupSummary group() {
    if (group == null) {
      load();
    }
    return group;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
