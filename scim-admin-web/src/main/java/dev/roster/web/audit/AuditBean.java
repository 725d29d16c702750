package dev.roster.web.audit;

import dev.roster.application.admin.AuditQueryService;
import dev.roster.application.admin.UserAdminService;
import dev.roster.application.admin.UserView;
import dev.roster.domain.audit.AuditEvent;
import dev.roster.domain.audit.AuditFilter;
import dev.roster.domain.audit.AuditPage;
import dev.roster.web.common.PagedModel;
import dev.roster.web.session.ConsoleSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The audit log, newest first, filtered by time range, actor, action and user. */
@Named
@ViewScoped
public class AuditBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditQueryService audit;
  @Inject UserAdminService users;
  @Inject ConsoleSession session;

  private final PagedModel<AuditEvent> model =
      new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<AuditEvent> fetch(Request request) {
          Optional<UUID> user = user(request.text("globalFilter"));
          if (request.text("globalFilter") != null && user.isEmpty()) {
            return new Page<>(List.of(), 0); // nobody with that email: nothing to show
          }
          List<?> range = request.filters().get("at") instanceof List<?> l ? l : List.of();
          AuditFilter filter =
              new AuditFilter(
                  request.text("actor"),
                  request.text("action"),
                  user.orElse(null),
                  range.isEmpty() ? null : startOf((LocalDate) range.get(0)),
                  range.isEmpty()
                      ? null
                      : startOf(((LocalDate) range.get(range.size() - 1)).plusDays(1)));
          AuditPage page = audit.search(session.actor(), filter, request.page(), request.size());
          return new Page<>(page.items(), page.total());
        }

        @Override
        protected String keyOf(AuditEvent row) {
          return row.id().toString();
        }
      };

  /** A user typed as an email or an id. */
  private Optional<UUID> user(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(typed));
    } catch (IllegalArgumentException notAnId) {
      return users.findByEmail(session.actor(), typed).map(UserView::id);
    }
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public PagedModel<AuditEvent> getModel() {
    return model;
  }

  public List<String> getActions() {
    return audit.actions();
  }
}
