package dev.roster.web.users;

import dev.roster.application.admin.AuditQueryService;
import dev.roster.application.admin.UserAdminService;
import dev.roster.application.admin.UserView;
import dev.roster.domain.audit.AuditEvent;
import dev.roster.domain.user.UserStatus;
import dev.roster.web.common.AddressIds;
import dev.roster.web.common.Messages;
import dev.roster.web.session.ConsoleSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One person: role and why, IdP roles, groups, recent audit events; Activate when waiting. */
@Named
@ViewScoped
public class UserBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int RECENT_EVENTS = 20;

  @Inject UserAdminService users;
  @Inject AuditQueryService audit;
  @Inject ConsoleSession session;

  private String id;
  private transient UserView user;
  private transient List<AuditEvent> events;

  /** Runs on the page's GET: an unknown id, or another organization's, is "not found". */
  public void load() {
    user = users.get(session.actor(), AddressIds.parse(id, "user"));
  }

  public void activate() {
    user = users.activate(session.actor(), user().id());
    events = null;
    Messages.info(
        user.displayName() == null
            ? "The user is active."
            : user.displayName() + " is active and can sign in.");
  }

  public boolean isActivatable() {
    UserStatus status = user().status();
    return status == UserStatus.PENDING || status == UserStatus.LOCKED;
  }

  public UserView getUser() {
    return user();
  }

  public List<AuditEvent> getEvents() {
    if (events == null) {
      events = audit.find(session.actor(), user().id(), null, RECENT_EVENTS);
    }
    return events;
  }

  private UserView user() {
    if (user == null) {
      load();
    }
    return user;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
