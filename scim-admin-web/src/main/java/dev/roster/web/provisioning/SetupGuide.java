package dev.roster.web.provisioning;

import dev.roster.domain.organization.IdentityProvider;
import java.util.List;

/**
 * Where the SCIM base URL and token go in each identity provider's admin pages, and what to map so
 * that roles and groups arrive. Text for people, from each IdP's own provisioning documentation.
 */
public record SetupGuide(String name, List<String> steps, List<String> mapping) {

  public static SetupGuide of(IdentityProvider idp) {
    if (idp == null) {
      return new SetupGuide(
          "your identity provider",
          List.of("Choose your identity provider above to see where the base URL and token go."),
          List.of());
    }
    return switch (idp) {
      case ENTRA_ID ->
          new SetupGuide(
              "Microsoft Entra ID",
              List.of(
                  "In the Microsoft Entra admin center open Enterprise applications and your app"
                      + " (or New application → Create your own application, non-gallery).",
                  "Open Provisioning → Get started, set Provisioning Mode to Automatic.",
                  "Under Admin Credentials paste the SCIM base URL into Tenant URL and a token"
                      + " from the Tokens page into Secret Token, then Test Connection and Save.",
                  "Under Users and groups assign the people and groups to provision; keep Scope on"
                      + " 'Sync only assigned users and groups'.",
                  "Set Provisioning Status to On. Entra provisions in cycles of about 40 minutes;"
                      + " Provision on demand tries one user at once."),
              List.of(
                  "Roles: define app roles in App registrations → App roles, with values equal to"
                      + " the IdP role values of your Role Mappings.",
                  "In Provisioning → Mappings → Provision Microsoft Entra ID Users, map the"
                      + " expression AppRoleAssignmentsComplex([appRoleAssignments]) to the target"
                      + " attribute roles.",
                  "Groups: enable Provision Microsoft Entra ID Groups and keep Sync groups on here"
                      + " to map IdP groups to roles."));
      case OKTA ->
          new SetupGuide(
              "Okta",
              List.of(
                  "In the Okta Admin Console open Applications → your app → General and enable"
                      + " SCIM provisioning.",
                  "On the Provisioning tab → Integration → Edit: paste the SCIM base URL into SCIM"
                      + " connector base URL, set Unique identifier field for users to userName.",
                  "Tick Push New Users, Push Profile Updates and Push Groups; set Authentication"
                      + " Mode to HTTP Header and paste a token from the Tokens page as the Bearer"
                      + " token. Test Connector Configuration, then Save.",
                  "Under Provisioning → To App enable Create Users, Update User Attributes and"
                      + " Deactivate Users.",
                  "Assign people and groups on the Assignments tab."),
              List.of(
                  "Roles: in Profile Editor add a string-array attribute roles (external name roles,"
                      + " namespace urn:ietf:params:scim:schemas:core:2.0:User) and fill it with the"
                      + " IdP role values of your Role Mappings.",
                  "Groups: use Push Groups and map each pushed group to a role on the Role Mappings"
                      + " page (source: IdP group)."));
      case GOOGLE_WORKSPACE ->
          new SetupGuide(
              "Google Workspace",
              List.of(
                  "In the Google Admin console open Apps → Web and mobile apps → your app →"
                      + " Auto-provisioning.",
                  "Paste a token from the Tokens page as the access token and the SCIM base URL as"
                      + " the endpoint URL.",
                  "Review the attribute mapping (primary email to userName and emails), choose the"
                      + " provisioning scope (groups of users) and turn auto-provisioning on."),
              List.of(
                  "Google sends no roles or group memberships: provisioned people get the default"
                      + " role chosen below; change a person's role here if needed."));
      case PING_IDENTITY ->
          new SetupGuide(
              "Ping Identity (PingOne)",
              List.of(
                  "In PingOne open Integrations → Provisioning → New connection → Identity Store →"
                      + " SCIM Outbound.",
                  "Paste the SCIM base URL; choose OAuth 2 Bearer Token authentication and paste a"
                      + " token from the Tokens page. Test the connection.",
                  "Add a provisioning rule: choose the users (a population or group filter) and"
                      + " enable it."),
              List.of(
                  "Roles: map a PingOne attribute holding the role to roles in the rule's attribute"
                      + " mapping; or provision groups and map them on the Role Mappings page."));
      case JUMPCLOUD ->
          new SetupGuide(
              "JumpCloud",
              List.of(
                  "In the JumpCloud Admin Portal open SSO Applications → your app → Identity"
                      + " Management.",
                  "Choose SCIM 2.0, paste the SCIM base URL and a token from the Tokens page, then"
                      + " Test Connection and Activate.",
                  "Bind the user groups that should be provisioned to the application."),
              List.of(
                  "Groups: turn on Group Management to push user groups; map them to roles on the"
                      + " Role Mappings page (source: IdP group)."));
      case ONELOGIN ->
          new SetupGuide(
              "OneLogin",
              List.of(
                  "In OneLogin add the SCIM Provisioner app (with SAML or OIDC) and open its"
                      + " Configuration tab.",
                  "Paste the SCIM base URL into SCIM Base URL and a token from the Tokens page into"
                      + " SCIM Bearer Token; Enable the API connection.",
                  "On the Provisioning tab tick Enable provisioning and the create, update and"
                      + " delete actions; Save."),
              List.of(
                  "Roles: send OneLogin roles as roles in the SCIM JSON template, or send groups and"
                      + " map them on the Role Mappings page."));
      case AUTH0 ->
          new SetupGuide(
              "Auth0",
              List.of(
                  "Auth0 does not push users over SCIM by itself: use a provisioning integration"
                      + " from the Auth0 Marketplace, or an Action that calls the SCIM API.",
                  "Give it the SCIM base URL and a token from the Tokens page, sent as"
                      + " Authorization: Bearer <token>."),
              List.of("Roles: send the user's Auth0 roles as roles[].value."));
      case OTHER ->
          new SetupGuide(
              "another SCIM 2.0 client",
              List.of(
                  "Point the client at the SCIM base URL (Users, Groups, Bulk, /ServiceProviderConfig).",
                  "Authenticate with Authorization: Bearer <token>, using a token from the Tokens"
                      + " page.",
                  "Send userName (unique), emails, name and active; deactivate with active=false."),
              List.of(
                  "Roles: send roles[].value; groups: send Groups with members. Map either on the"
                      + " Role Mappings page."));
    };
  }
}
