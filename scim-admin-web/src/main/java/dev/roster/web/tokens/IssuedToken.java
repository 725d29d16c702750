package dev.roster.web.tokens;

import dev.roster.application.token.IssuedTokenView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A token value just issued. Request-scoped on purpose: it is rendered in the response to the
 * request that created it and kept nowhere else, so it is gone once the admin moves on.
 */
@Named
@RequestScoped
public class IssuedToken {
  private IssuedTokenView token;

  void hold(IssuedTokenView token) {
    this.token = token;
  }

  public IssuedTokenView getToken() {
    return token;
  }
}
