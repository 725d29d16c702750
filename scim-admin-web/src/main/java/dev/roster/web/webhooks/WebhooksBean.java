package dev.roster.web.webhooks;

import dev.roster.application.webhook.CreatedWebhook;
import dev.roster.application.webhook.WebhookService;
import dev.roster.application.webhook.WebhookView;
import dev.roster.domain.event.EventTypes;
import dev.roster.web.session.ConsoleSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The organization's webhooks: list, and create one (its secret shown once). */
@Named
@ViewScoped
public class WebhooksBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject WebhookService webhooks;
  @Inject ConsoleSession session;
  @Inject IssuedSecret issued;

  private transient List<WebhookView> list;
  private String url;
  private List<String> eventTypes = new ArrayList<>();

  public void create() {
    CreatedWebhook created =
        webhooks.create(session.actor(), url, Set.copyOf(eventTypes), List.of());
    issued.hold(created.webhook().url(), created.secret());
    url = null;
    eventTypes = new ArrayList<>();
    list = null;
  }

  public List<WebhookView> getList() {
    if (list == null) {
      list = webhooks.list(session.actor());
    }
    return list;
  }

  /** Every event type, for the subscription choice (none chosen: all of them). */
  public List<String> getAllEventTypes() {
    return EventTypes.ALL;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getEventTypes() {
    return eventTypes;
  }

  public void setEventTypes(List<String> eventTypes) {
    this.eventTypes = eventTypes == null ? new ArrayList<>() : new ArrayList<>(eventTypes);
  }
}
