package dev.roster.web.provisioning;

import dev.roster.application.provisioning.DisableOutcome;
import dev.roster.application.provisioning.ProvisioningService;
import dev.roster.application.provisioning.ProvisioningView;
import dev.roster.domain.organization.DisableMode;
import dev.roster.domain.organization.EnableBlocker;
import dev.roster.domain.organization.IdentityProvider;
import dev.roster.domain.role.Role;
import dev.roster.web.common.Messages;
import dev.roster.web.session.ConsoleSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Settings → Provisioning: IdP and its setup guide, settings, the Enable toggle, Disable SCIM. */
@Named
@ViewScoped
public class ProvisioningBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProvisioningService provisioning;
  @Inject ConsoleSession session;

  private transient ProvisioningView view;
  private transient DisableOutcome preview;
  private IdentityProvider identityProvider;
  private Role defaultRole;
  private boolean autoActivateUsers;
  private boolean syncGroups;
  private DisableMode disableMode = DisableMode.SOFT;

  @PostConstruct
  void load() {
    show(provisioning.get(session.actor()));
  }

  private void show(ProvisioningView current) {
    view = current;
    identityProvider = current.identityProvider();
    defaultRole = current.defaultRole();
    autoActivateUsers = current.autoActivateUsers();
    syncGroups = current.syncGroups();
  }

  public void save() {
    show(
        provisioning.update(
            session.actor(), identityProvider, defaultRole, autoActivateUsers, syncGroups));
    Messages.info("Provisioning settings saved.");
  }

  /**
   * The Enable toggle: on enables; off opens the Disable dialog (nothing changes until confirmed).
   */
  public void toggle() {
    if (!getView().enabled()) {
      show(provisioning.enable(session.actor()));
      Messages.info(
          "SCIM provisioning is on. Give your identity provider the base URL and a token.");
    }
  }

  public void prepareDisable() {
    disableMode = DisableMode.SOFT;
    preview = provisioning.preview(session.actor(), disableMode);
  }

  public void disable() {
    DisableOutcome outcome = provisioning.disable(session.actor(), disableMode);
    show(provisioning.get(session.actor()));
    Messages.info(
        "SCIM provisioning is off. "
            + outcome.usersAffected()
            + (outcome.mode() == DisableMode.LOCK
                ? " users were locked until an admin activates them; "
                : " users stay active and are now managed here; ")
            + outcome.tokens()
            + " tokens were revoked.");
  }

  public ProvisioningView getView() {
    if (view == null) {
      view = provisioning.get(session.actor());
    }
    return view;
  }

  public DisableOutcome getPreview() {
    return preview;
  }

  public List<EnableBlocker> getBlockers() {
    return getView().enableBlockers();
  }

  /** Where each blocker is fixed. */
  public String fixOf(EnableBlocker blocker) {
    return blocker == EnableBlocker.SSO_NOT_ACTIVE ? "sso" : "#settings";
  }

  public String fixLabelOf(EnableBlocker blocker) {
    return blocker == EnableBlocker.SSO_NOT_ACTIVE
        ? "Go to SSO Settings"
        : "Go to the settings below";
  }

  public SetupGuide getGuide() {
    return SetupGuide.of(identityProvider);
  }

  public IdentityProvider[] getIdentityProviders() {
    return IdentityProvider.values();
  }

  public String nameOf(IdentityProvider idp) {
    return SetupGuide.of(idp).name();
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public boolean isEnabled() {
    return getView().enabled();
  }

  public void setEnabled(boolean ignored) {
    // The toggle's value is read-only state; toggle() acts on it.
  }

  public IdentityProvider getIdentityProvider() {
    return identityProvider;
  }

  public void setIdentityProvider(IdentityProvider identityProvider) {
    this.identityProvider = identityProvider;
  }

  public Role getDefaultRole() {
    return defaultRole;
  }

  public void setDefaultRole(Role defaultRole) {
    this.defaultRole = defaultRole;
  }

  public boolean isAutoActivateUsers() {
    return autoActivateUsers;
  }

  public void setAutoActivateUsers(boolean autoActivateUsers) {
    this.autoActivateUsers = autoActivateUsers;
  }

  public boolean isSyncGroups() {
    return syncGroups;
  }

  public void setSyncGroups(boolean syncGroups) {
    this.syncGroups = syncGroups;
  }

  public DisableMode getDisableMode() {
    return disableMode;
  }

  public void setDisableMode(DisableMode disableMode) {
    this.disableMode = disableMode;
  }
}
