package dev.roster.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import dev.roster.it.TestOidcProvider;
import org.junit.jupiter.api.Test;

/**
 * The whole admin journey in a real browser against the deployed EAR: sign in, SSO, settings,
 * token, a user provisioned over SCIM, a mapping that changes their role, enable, disable with
 * Lock, activate, and every step in the audit log. Each screen is checked with axe-core and saved
 * as a screenshot.
 */
class ConsoleJourneyIT extends RosterDeployment {

  @Test
  void anAdminSetsUpProvisioningAndManagesItEndToEnd() {
    AdminClient org = AdminClient.newOrganization();
    try (TestOidcProvider oidc = new TestOidcProvider();
        TestOidcProvider lying = new TestOidcProvider();
        Console console = new Console()) {
      console.open("signin");
      console.check("00-signin");
      console.signIn(org.slug, org.email, AdminClient.PASSWORD);
      assertThat(console.url()).endsWith("/console/provisioning");
      assertThat(console.text("#current-organization")).isEqualTo(org.slug);

      // Every blocker is listed, with a link to where it is fixed; the toggle is greyed out.
      assertThat(console.text("#blockers"))
          .contains("Single sign-on must be configured")
          .contains("default role")
          .contains("identity provider");
      assertThat(console.find("#provisioning\\:enable").getAttribute("class"))
          .contains("ui-state-disabled");
      console.check("01-provisioning-blockers");

      // SSO: a provider that lies about its issuer is refused with the reason; the real one works.
      console.click("#nav-sso");
      lying.advertiseIssuer("https://someone-else.example");
      console.type("#sso\\:issuer", lying.issuer());
      console.type("#sso\\:client-id", "roster-console");
      console.type("#sso\\:client-secret", "client-secret-value");
      console.click("#sso\\:save");
      console.click("#sso\\:activate");
      assertThat(console.text("#sso\\:messages")).containsIgnoringCase("issuer");
      assertThat(console.text("#sso-status")).isEqualTo("Not active");
      console.type("#sso\\:issuer", oidc.issuer());
      console.click("#sso\\:save");
      assertThat(console.text("#secret-state")).contains("A secret is stored");
      assertThat(console.source()).doesNotContain("client-secret-value");
      console.click("#sso\\:activate");
      console.waitFor("#sso-status", "Active");
      console.check("02-sso-active");

      // Provisioning settings clear the other two blockers; the guide follows the chosen IdP.
      console.click("#nav-provisioning");
      assertThat(console.text("#blockers")).doesNotContain("Single sign-on");
      console.choose("provisioning:idp", "Okta");
      console.waitFor("#provisioning\\:guide", "Set up Okta");
      assertThat(console.text("#provisioning\\:guide")).contains("SCIM connector base URL");
      console.choose("provisioning:default-role", "Viewer");
      console.click("#provisioning\\:save");
      console.waitFor("#ready", "Everything is in place");
      console.click("#provisioning\\:enable .ui-toggleswitch-slider");
      console.waitFor("#scim-state", "On");
      assertThat(console.find("#provisioning\\:scim-base-url").getAttribute("value"))
          .endsWith("/scim/v2");
      console.check("03-provisioning-enabled");

      // A token: its value shown once, then never again.
      console.click("#nav-tokens");
      console.type("#tokens\\:name", "okta-production");
      console.click("#tokens\\:create");
      String token = console.text("#token-value");
      assertThat(token).startsWith("rstr_scim_");
      console.check("04-token-created");
      console.click("#nav-tokens");
      assertThat(console.source()).doesNotContain(token);
      assertThat(console.text("#tokens\\:list")).contains("okta-production").contains("ACTIVE");

      // A second token, revoked after a confirmation.
      console.type("#tokens\\:name", "spare");
      console.click("#tokens\\:create");
      console.click("#nav-tokens");
      // Newest first: the spare token is the first row.
      assertThat(console.text("#tokens\\:list_data tr:nth-child(1)")).startsWith("spare");
      console.click("#tokens\\:list\\:0\\:revoke");
      console.click("#confirm-yes");
      console.waitFor("#tokens\\:messages", "revoked");
      assertThat(console.text("#tokens\\:list_data tr:nth-child(1)"))
          .contains("spare")
          .contains("REVOKED");
      assertThat(console.text("#tokens\\:list_data tr:nth-child(2)"))
          .contains("okta-production")
          .contains("ACTIVE");

      // SSO cannot be deactivated while SCIM is on, and the page says why.
      console.click("#nav-sso");
      console.click("#sso\\:deactivate");
      console.click("#confirm-yes");
      assertThat(console.text("#sso\\:messages")).contains("disable provisioning first");
      assertThat(console.text("#sso-status")).isEqualTo("Active");

      // The IdP provisions a person with that token.
      String email = "jane.doe@" + org.slug + ".example";
      Http.Response created =
          Http.send(
              "POST",
              "/scim/v2/Users",
              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                  + email
                  + "\",\"name\":{\"givenName\":\"Jane\",\"familyName\":\"Doe\"},\"displayName\":\"Jane Doe\","
                  + "\"emails\":[{\"value\":\""
                  + email
                  + "\",\"primary\":true}],\"roles\":[{\"value\":\"Editors\"}],\"active\":true}",
              "Authorization",
              "Bearer " + token,
              "Content-Type",
              "application/scim+json");
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      String userId = created.json().getString("id");

      console.open("users");
      console.type("#users\\:table\\:globalFilter", "jane");
      console.waitFor("#users\\:table_data", "Jane Doe");
      assertThat(console.text("#users\\:table_data"))
          .contains("SCIM")
          .contains("Viewer")
          .contains("default role");
      console.check("05-users");
      console.click("a.user-link");
      console.waitFor("#role-explanation", "default role");
      console.check("06-user-default-role");

      // The group the IdP pushed, with its member count and members.
      Http.Response group =
          Http.send(
              "POST",
              "/scim/v2/Groups",
              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Engineering\","
                  + "\"members\":[{\"value\":\""
                  + userId
                  + "\"}]}",
              "Authorization",
              "Bearer " + token,
              "Content-Type",
              "application/scim+json");
      assertThat(group.status()).as(group.toString()).isEqualTo(201);
      console.click("#nav-groups");
      console.waitFor("#groups\\:table_data", "Engineering");
      assertThat(console.text("#groups\\:table_data .member-count")).isEqualTo("1");
      console.check("06a-groups");
      console.click("a.group-link");
      console.waitFor("#group\\:members_data", "Jane Doe");
      assertThat(console.text("#group-summary")).startsWith("1 member ·");
      console.check("06b-group");

      // A mapping changes the role; a duplicate in another case is refused inline.
      console.click("#nav-mappings");
      console.type("#mappings\\:idp-value", "editors");
      console.choose("mappings:role", "Editor");
      console.click("#mappings\\:add");
      console.waitFor("#mappings\\:list_data", "editors");
      assertThat(console.text("#mappings\\:list .mapping-count")).isEqualTo("1");
      console.type("#mappings\\:idp-value", "EDITORS");
      console.choose("mappings:role", "Admin");
      console.click("#mappings\\:add");
      assertThat(console.text("#mappings\\:messages")).containsIgnoringCase("already");
      assertThat(console.all("#mappings\\:list tbody tr")).hasSize(1);
      console.check("07-role-mappings");

      console.open("user?id=" + userId);
      assertThat(console.text("#user-role")).isEqualTo("Editor");
      assertThat(console.text("#role-explanation"))
          .isEqualTo("Editor through the mapping of IdP role 'editors'");
      assertThat(console.text("#idp-roles")).containsIgnoringCase("editors");

      // Disable with Lock after reading the preview.
      console.click("#nav-provisioning");
      console.click("#provisioning\\:open-disable");
      console.waitFor("#preview-users", "1");
      assertThat(console.text("#preview-tokens")).isEqualTo("1");
      assertThat(console.text("#preview"))
          .startsWith("This affects 1 SCIM-managed user and revokes 1 active SCIM token:");
      assertThat(console.text("#lock-warning")).contains("removes access at once");
      console.click("#disable-form\\:mode label[for='disable-form:mode:1']");
      console.check("08-disable-dialog");
      console.click("#disable-form\\:confirm-disable");
      console.waitFor("#scim-state", "Off");
      assertThat(console.text("#provisioning\\:messages"))
          .contains("1 users were locked")
          .contains("1 tokens were revoked");

      // The locked person is activated by the admin.
      console.open("user?id=" + userId);
      assertThat(console.text("#user-status")).isEqualTo("LOCKED");
      console.click("#user\\:activate");
      console.waitFor("#user-status", "ACTIVE");
      console.check("09-user-activated");

      // Every step is in the audit log; the action filter narrows it.
      console.click("#nav-audit");
      String log = console.text("#audit\\:table_data");
      assertThat(log)
          .contains("ADMIN_SIGN_IN")
          .contains("SSO_ACTIVATED")
          .contains("PROVISIONING_ENABLED")
          .contains("TOKEN_CREATED")
          .contains("ROLE_MAPPING_CREATED")
          .contains("PROVISIONING_DISABLED")
          .contains("USER_ACTIVATED");
      console.check("10-audit-log");
      console.choose("audit:table:action-filter", "USER_ACTIVATED");
      console.waitFor("#audit\\:table_data", "from LOCKED");
      assertThat(console.text("#audit\\:table_data")).doesNotContain("SSO_ACTIVATED");

      // Troubleshooting answers from live data.
      console.click("#nav-troubleshooting");
      console.type("#role\\:email", email.toUpperCase());
      console.click("#role\\:explain");
      console.waitFor("#role-answer", "Editor");
      assertThat(console.text("#role\\:matches")).contains("editors");
      assertThat(console.text("#tokens-answer")).contains("SCIM provisioning is off");
      console.type("#signin-check\\:email", " " + email + " ");
      console.click("#signin-check\\:check");
      console.waitFor("#signin-user", "ACTIVE");
      assertThat(console.text("#signin-sso")).startsWith("Active");
      console.check("11-troubleshooting");
    }
  }
}
