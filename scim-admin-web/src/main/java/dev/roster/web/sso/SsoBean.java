package dev.roster.web.sso;

import dev.roster.application.sso.SsoService;
import dev.roster.application.sso.SsoView;
import dev.roster.web.common.Messages;
import dev.roster.web.session.ConsoleSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Settings → SSO Settings: the organization's OIDC connection, activated only once verified. */
@Named
@ViewScoped
public class SsoBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SsoService sso;
  @Inject ConsoleSession session;

  private transient SsoView view;
  private String issuer;
  private String clientId;
  private String clientSecret;

  @PostConstruct
  void load() {
    show(sso.get(session.actor()));
  }

  private void show(SsoView current) {
    view = current;
    issuer = current.issuer();
    clientId = current.clientId();
    clientSecret = null; // write-only: never sent back to the browser
  }

  public void save() {
    show(sso.configure(session.actor(), "OIDC", issuer, clientId, clientSecret));
    Messages.info("SSO settings saved. Activate them to check the issuer and its keys.");
  }

  public void activate() {
    show(sso.activate(session.actor()));
    Messages.info("SSO is active: the issuer's discovery document and signing keys were verified.");
  }

  public void deactivate() {
    show(sso.deactivate(session.actor()));
    Messages.info("SSO is no longer active.");
  }

  public SsoView getView() {
    if (view == null) {
      view = sso.get(session.actor());
    }
    return view;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }
}
