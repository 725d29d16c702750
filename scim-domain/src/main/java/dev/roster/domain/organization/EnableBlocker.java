package dev.roster.domain.organization;

/** A reason SCIM provisioning cannot be enabled yet. */
public enum EnableBlocker {
  SSO_NOT_ACTIVE("Single sign-on must be configured and activated first."),
  DEFAULT_ROLE_MISSING("Choose a default role for provisioned users."),
  IDENTITY_PROVIDER_MISSING("Select the identity provider that will provision users.");

  private final String description;

  EnableBlocker(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
