package dev.roster.web.webhooks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A signing secret just created or rotated. Request-scoped on purpose: it is rendered in the
 * response to the request that made it and kept nowhere else (not in the view or the session), so
 * it is gone on the next request.
 */
@Named
@RequestScoped
public class IssuedSecret {
  private String url;
  private String secret;

  void hold(String url, String secret) {
    this.url = url;
    this.secret = secret;
  }

  public String getUrl() {
    return url;
  }

  public String getSecret() {
    return secret;
  }
}
