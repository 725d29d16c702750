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
