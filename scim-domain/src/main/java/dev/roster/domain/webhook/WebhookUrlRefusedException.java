package dev.roster.domain.webhook;

import dev.roster.domain.common.ValidationException;

/** A webhook URL Roster will not call, with the reason a person can act on. */
public class WebhookUrlRefusedException extends ValidationException {
  private static final long serialVersionUID = 1L;

  public WebhookUrlRefusedException(String url, String reason) {
    super("Webhook URL '" + url + "' refused: " + reason);
  }
}
