package dev.roster.web.troubleshooting;

import dev.roster.application.admin.TroubleshootingService;
import dev.roster.application.admin.TroubleshootingService.RoleDiagnosis;
import dev.roster.application.admin.TroubleshootingService.SignInDiagnosis;
import dev.roster.application.provisioning.ProvisioningService;
import dev.roster.application.provisioning.ProvisioningView;
import dev.roster.application.token.TokenService;
import dev.roster.application.token.TokenView;
import dev.roster.web.session.ConsoleSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Answers the documentation's four questions from live data. */
@Named
@ViewScoped
public class TroubleshootingBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TroubleshootingService troubleshooting;
  @Inject ProvisioningService provisioning;
  @Inject TokenService tokens;
  @Inject ConsoleSession session;

  private String roleEmail;
  private String signInEmail;
  private transient RoleDiagnosis role;
  private transient SignInDiagnosis signIn;
  private transient ProvisioningView provisioningView;
  private transient List<TokenView> tokenList;

  public void explainRole() {
    role = troubleshooting.whyRole(session.actor(), roleEmail);
  }

  public void explainSignIn() {
    signIn = troubleshooting.whySignInFails(session.actor(), signInEmail);
  }

  public ProvisioningView getProvisioning() {
    if (provisioningView == null) {
      provisioningView = provisioning.get(session.actor());
    }
    return provisioningView;
  }

  public List<TokenView> getTokens() {
    if (tokenList == null) {
      tokenList = tokens.list(session.actor());
    }
    return tokenList;
  }

  public boolean isAnyTokenActive() {
    return getTokens().stream()
        .anyMatch(t -> t.status() == dev.roster.domain.token.TokenStatus.ACTIVE);
  }

  public RoleDiagnosis getRole() {
    return role;
  }

  public SignInDiagnosis getSignIn() {
    return signIn;
  }

  public String getRoleEmail() {
    return roleEmail;
  }

  public void setRoleEmail(String roleEmail) {
    this.roleEmail = roleEmail;
  }

  public String getSignInEmail() {
    return signInEmail;
  }

  public void setSignInEmail(String signInEmail) {
    this.signInEmail = signInEmail;
  }
}
