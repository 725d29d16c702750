package dev.roster.web.session;

import dev.roster.application.admin.AdminAuthService;
import dev.roster.application.admin.AdminIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;

/** The sign-in form: organization, email, password; only active Admins get in. */
@Named
@RequestScoped
public class SignInBean {
  @Inject AdminAuthService auth;
  @Inject ConsoleSession session;
  @Inject ConsoleSettings settings;

  private String organization;
  private String email;
  private String password;
  private String ssoError;

  public void signIn() throws IOException {
    // A refusal is a domain exception: DomainErrorHandler shows its reason on this page.
    AdminIdentity admin =
        auth.signIn(organization, email, password, "console-" + UUID.randomUUID());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // A new session id at sign-in: an id planted before sign-in is worth nothing after it.
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setMaxInactiveInterval(settings.idleTimeoutSeconds());
    session.signedIn(admin);
    external.redirect(external.getRequestContextPath() + ConsolePages.HOME);
  }

  /** Why the last SSO sign-in failed: taken from the session once, shown on this request. */
  public String getSsoError() {
    if (ssoError == null) {
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      var httpSession = request.getSession(false);
      ssoError =
          httpSession == null ? null : (String) httpSession.getAttribute(SsoSignInServlet.ERROR);
      if (ssoError != null) {
        httpSession.removeAttribute(SsoSignInServlet.ERROR);
      } else {
        ssoError = "";
      }
    }
    return ssoError.isEmpty() ? null : ssoError;
  }

  public String getOrganization() {
    return organization;
  }

  public void setOrganization(String organization) {
    this.organization = organization;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
