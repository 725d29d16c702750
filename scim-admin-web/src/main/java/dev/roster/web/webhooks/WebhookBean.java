package dev.roster.web.webhooks;

import dev.roster.application.webhook.WebhookDeliveryService;
import dev.roster.application.webhook.WebhookService;
import dev.roster.application.webhook.WebhookView;
import dev.roster.domain.webhook.WebhookDelivery;
import dev.roster.web.common.AddressIds;
import dev.roster.web.common.Messages;
import dev.roster.web.session.ConsoleSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/**
 * One webhook: its delivery history (newest first, a page at a time by the API's {@code before}
 * cursor) and the admin API's actions on it, each one service call.
 */
@Named
@ViewScoped
public class WebhookBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int PAGE = 20;

  @Inject WebhookService webhooks;
  @Inject WebhookDeliveryService deliveries;
  @Inject ConsoleSession session;
  @Inject IssuedSecret issued;

  private String id;
  private transient WebhookView webhook;
  private transient List<WebhookDelivery> page;
  private boolean hasOlder;

  /** The {@code before} cursors of the pages shown before this one (newest page: none). */
  private final Deque<Long> newer = new ArrayDeque<>();

  private Long before;
  private Long replayAfter;

  /** Runs on the page's GET: an unknown id, or another organization's, is "not found". */
  public void load() {
    webhook = webhooks.get(session.actor(), AddressIds.parse(id, "webhook"));
  }

  public void redeliver(UUID deliveryId) {
    WebhookDelivery d = deliveries.redeliver(session.actor(), webhook().id(), deliveryId);
    newestPage();
    Messages.info(
        "Event "
            + d.eventType()
            + " at position "
            + d.position()
            + " is queued again: it is sent after this organization's earlier pending events.");
  }

  public void replay() {
    WebhookDeliveryService.Replay r =
        deliveries.replay(session.actor(), webhook().id(), replayAfter);
    newestPage();
    Messages.info(
        (r.queued() == 1 ? "1 event" : r.queued() + " events")
            + " after position "
            + replayAfter
            + (r.queued() == 1 ? " is" : " are")
            + " queued"
            + (r.complete()
                ? "."
                : "; more remain: replay again from position " + r.through() + "."));
  }

  public void rotateSecret() {
    String secret = webhooks.rotateSecret(session.actor(), webhook().id());
    webhook = null;
    issued.hold(webhook().url(), secret);
  }

  public void enable() {
    webhook = webhooks.enable(session.actor(), webhook().id());
    newestPage();
    Messages.info("The webhook is enabled: its queued events are sent again, oldest first.");
  }

  public String delete() {
    webhooks.delete(session.actor(), webhook().id());
    Messages.infoAfterRedirect("The webhook " + webhook().url() + " was deleted.");
    return "/webhooks?faces-redirect=true";
  }

  public void older() {
    if (hasOlder) {
      newer.push(before == null ? Long.MAX_VALUE : before);
      List<WebhookDelivery> shown = getDeliveries();
      before = shown.get(shown.size() - 1).sequence();
      page = null;
    }
  }

  public void newer() {
    if (!newer.isEmpty()) {
      Long previous = newer.pop();
      before = previous == Long.MAX_VALUE ? null : previous;
      page = null;
    }
  }

  public void newestPage() {
    newer.clear();
    before = null;
    page = null;
  }

  /** This page of deliveries; one more row is asked for to know whether an older page exists. */
  public List<WebhookDelivery> getDeliveries() {
    if (page == null) {
      List<WebhookDelivery> rows =
          deliveries.deliveries(session.actor(), webhook().id(), before, PAGE + 1);
      hasOlder = rows.size() > PAGE;
      page = hasOlder ? rows.subList(0, PAGE) : rows;
    }
    return page;
  }

  public boolean isHasOlder() {
    getDeliveries();
    return hasOlder;
  }

  public boolean isHasNewer() {
    return !newer.isEmpty();
  }

  public WebhookView getWebhook() {
    return webhook();
  }

  private WebhookView webhook() {
    if (webhook == null) {
      load();
    }
    return webhook;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Long getReplayAfter() {
    return replayAfter;
  }

  public void setReplayAfter(Long replayAfter) {
    this.replayAfter = replayAfter;
  }
}
