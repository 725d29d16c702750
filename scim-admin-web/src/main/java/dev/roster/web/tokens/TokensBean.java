package dev.roster.web.tokens;

import dev.roster.application.token.IssuedTokenView;
import dev.roster.application.token.TokenService;
import dev.roster.application.token.TokenView;
import dev.roster.web.common.Messages;
import dev.roster.web.session.ConsoleSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** SCIM tokens: list, create (the value shown once), revoke. */
@Named
@ViewScoped
public class TokensBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TokenService tokens;
  @Inject ConsoleSession session;
  @Inject IssuedToken issued;

  private transient List<TokenView> list;
  private String name;
  private LocalDate expiresOn;

  public void create() {
    IssuedTokenView token =
        tokens.issue(
            session.actor(),
            name,
            expiresOn == null
                ? null
                : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    issued.hold(token);
    name = null;
    expiresOn = null;
    list = null;
  }

  public void revoke(UUID id) {
    tokens.revoke(session.actor(), id);
    list = null;
    Messages.info("The token was revoked: requests that use it now get 401.");
  }

  public List<TokenView> getList() {
    if (list == null) {
      list = tokens.list(session.actor());
    }
    return list;
  }

  public LocalDate getToday() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}
