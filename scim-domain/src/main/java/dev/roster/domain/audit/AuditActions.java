package dev.roster.domain.audit;

import java.util.List;

/**
 * The name of every action Roster records. Services pass these constants to the audit recorder and
 * the admin console offers {@link #ALL} as its action filter, so the two cannot drift apart; {@code
 * AuditActionsTest} fails when a constant is missing from {@link #ALL} or a service records a
 * literal instead.
 */
public final class AuditActions {
  public static final String ORGANIZATION_CREATED = "ORGANIZATION_CREATED";
  public static final String ADMIN_CREATED = "ADMIN_CREATED";
  public static final String ADMIN_SIGN_IN = "ADMIN_SIGN_IN";
  public static final String USER_ACTIVATED = "USER_ACTIVATED";
  public static final String SCIM_USER_CREATED = "SCIM_USER_CREATED";
  public static final String SCIM_USER_REPLACED = "SCIM_USER_REPLACED";
  public static final String SCIM_USER_PATCHED = "SCIM_USER_PATCHED";
  public static final String SCIM_USER_DELETED = "SCIM_USER_DELETED";
  public static final String SCIM_GROUP_CREATED = "SCIM_GROUP_CREATED";
  public static final String SCIM_GROUP_REPLACED = "SCIM_GROUP_REPLACED";
  public static final String SCIM_GROUP_PATCHED = "SCIM_GROUP_PATCHED";
  public static final String SCIM_GROUP_DELETED = "SCIM_GROUP_DELETED";
  public static final String ROLE_MAPPING_CREATED = "ROLE_MAPPING_CREATED";
  public static final String ROLE_MAPPING_DELETED = "ROLE_MAPPING_DELETED";
  public static final String TOKEN_CREATED = "TOKEN_CREATED";
  public static final String TOKEN_REVOKED = "TOKEN_REVOKED";
  public static final String PROVISIONING_SETTINGS_CHANGED = "PROVISIONING_SETTINGS_CHANGED";
  public static final String PROVISIONING_ENABLED = "PROVISIONING_ENABLED";
  public static final String PROVISIONING_DISABLED = "PROVISIONING_DISABLED";
  public static final String SSO_CONFIGURED = "SSO_CONFIGURED";
  public static final String SSO_ACTIVATION = "SSO_ACTIVATION";
  public static final String SSO_ACTIVATED = "SSO_ACTIVATED";
  public static final String SSO_DEACTIVATED = "SSO_DEACTIVATED";
  public static final String WEBHOOK_CREATED = "WEBHOOK_CREATED";
  public static final String WEBHOOK_DELETED = "WEBHOOK_DELETED";
  public static final String WEBHOOK_SECRET_ROTATED = "WEBHOOK_SECRET_ROTATED";
  public static final String WEBHOOK_REDELIVERY = "WEBHOOK_REDELIVERY";
  public static final String WEBHOOK_DISABLED = "WEBHOOK_DISABLED";
  public static final String WEBHOOK_ENABLED = "WEBHOOK_ENABLED";
  public static final String OIDC_SIGN_IN = "OIDC_SIGN_IN";
  public static final String OIDC_TOKEN_REFUSED = "OIDC_TOKEN_REFUSED";
  public static final String OIDC_CODE_REPLAYED = "OIDC_CODE_REPLAYED";
  public static final String PASSWORD_SIGN_IN_CHANGED = "PASSWORD_SIGN_IN_CHANGED";

  /** Every action above, in alphabetical order (as a dropdown lists them). */
  public static final List<String> ALL =
      List.of(
              ORGANIZATION_CREATED,
              ADMIN_CREATED,
              ADMIN_SIGN_IN,
              USER_ACTIVATED,
              SCIM_USER_CREATED,
              SCIM_USER_REPLACED,
              SCIM_USER_PATCHED,
              SCIM_USER_DELETED,
              SCIM_GROUP_CREATED,
              SCIM_GROUP_REPLACED,
              SCIM_GROUP_PATCHED,
              SCIM_GROUP_DELETED,
              ROLE_MAPPING_CREATED,
              ROLE_MAPPING_DELETED,
              TOKEN_CREATED,
              TOKEN_REVOKED,
              PROVISIONING_SETTINGS_CHANGED,
              PROVISIONING_ENABLED,
              PROVISIONING_DISABLED,
              SSO_CONFIGURED,
              SSO_ACTIVATION,
              SSO_ACTIVATED,
              SSO_DEACTIVATED,
              WEBHOOK_CREATED,
              WEBHOOK_DELETED,
              WEBHOOK_SECRET_ROTATED,
              WEBHOOK_REDELIVERY,
              WEBHOOK_DISABLED,
              WEBHOOK_ENABLED,
              OIDC_SIGN_IN,
              OIDC_TOKEN_REFUSED,
              OIDC_CODE_REPLAYED,
              PASSWORD_SIGN_IN_CHANGED)
          .stream()
          .sorted()
          .toList();

  private AuditActions() {}
}
