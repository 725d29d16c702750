package dev.roster.web.users;

import dev.roster.application.admin.UserAdminService;
import dev.roster.application.admin.UserView;
import dev.roster.domain.user.UserSort;
import dev.roster.domain.user.UserStatus;
import dev.roster.web.common.PagedModel;
import dev.roster.web.session.ConsoleSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** Users: one page of SQL per view, searched, filtered by status and sorted on the server. */
@Named
@ViewScoped
public class UsersBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Table columns that sort, and the order each stands for. */
  private static final Map<String, UserSort> SORTS =
      Map.of(
          "userName", UserSort.USER_NAME,
          "displayName", UserSort.DISPLAY_NAME,
          "email", UserSort.EMAIL,
          "status", UserSort.STATUS,
          "role", UserSort.ROLE,
          "created", UserSort.CREATED);

  @Inject UserAdminService users;
  @Inject ConsoleSession session;

  private final PagedModel<UserView> model =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<UserView> fetch(Request request) {
          String status = request.text("status");
          UserAdminService.Page page =
              users.search(
                  session.actor(),
                  request.text("globalFilter"),
                  status == null ? null : UserStatus.valueOf(status),
                  request.sortField() == null
                      ? UserSort.USER_NAME
                      : SORTS.getOrDefault(request.sortField(), UserSort.USER_NAME),
                  request.descending(),
                  request.page(),
                  request.size());
          return new Page<>(page.items(), page.total());
        }

        @Override
        protected String keyOf(UserView row) {
          return row.id().toString();
        }
      };

  public PagedModel<UserView> getModel() {
    return model;
  }

  public UserStatus[] getStatuses() {
    return UserStatus.values();
  }
}
