package dev.roster.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Fixtures;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The console's gate: headers, cookies, sign-in refusals, forged forms, ended sessions, tenants.
 */
class ConsoleSecurityIT extends RosterDeployment {

  @Test
  void pagesCarryAStrictPolicyAndTheSessionCookieIsHttpOnlyAndLax() {
    Http.Response signIn = Http.get("/console/signin");
    assertThat(signIn.status()).isEqualTo(200);
    assertThat(
            signIn.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Content-Security-Policy"))
                .flatMap(e -> e.getValue().stream())
                .toList())
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("script-src 'self' 'nonce-")
                    .contains("frame-ancestors 'none'"));
    assertThat(signIn.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(signIn.header("Cache-Control")).isEqualTo("no-store");
    String cookie = signIn.header("Set-Cookie");
    assertThat(cookie).startsWith("ROSTER_CONSOLE=").contains("HttpOnly").contains("SameSite=Lax");
    assertThat(signIn.body())
        .doesNotContainIgnoringCase("roster_console=")
        .doesNotContain("bootstrapped");
  }

  @Test
  void everyPageButSignInSendsAnonymousVisitorsToSignIn() {
    for (String page :
        new String[] {
          "", "provisioning", "users", "user?id=" + UUID.randomUUID(), "audit.xhtml", "tokens"
        }) {
      Http.Response r = Http.get("/console/" + page);
      assertThat(r.status()).as(page).isEqualTo(302);
      assertThat(r.header("Location")).as(page).endsWith("/console/signin");
    }
  }

  @Test
  void wrongPasswordsAndNonAdminsAreRefusedWithAReason() {
    AdminClient org = AdminClient.newOrganization();
    String viewer = "viewer@" + org.slug + ".example";
    Fixtures.localUser(org.organizationId, viewer, "VIEWER", org.email);
    try (Console console = new Console()) {
      console.signIn(org.slug, org.email, "not the password");
      assertThat(console.text("#signin\\:messages"))
          .contains("Invalid organization, email or password");
      assertThat(console.url()).contains("/signin");
      console.check("00-signin-refused");

      console.signIn(org.slug, viewer, AdminClient.PASSWORD);
      assertThat(console.text("#signin\\:messages"))
          .contains("Only Admins can sign in here")
          .contains("Viewer");
      console.open("provisioning");
      assertThat(console.url()).endsWith("/console/signin");
    }
  }

  @Test
  void anotherOrganizationsIdsAreNotFound() {
    AdminClient mine = AdminClient.newOrganization();
    Fixtures.ScimTenant other = Fixtures.scimTenant();
    UUID theirUser =
        Fixtures.scimUser(other.organizationId().toString(), "secret.person@other.example");
    try (Console console = new Console()) {
      console.signIn(mine.slug, mine.email, AdminClient.PASSWORD);
      for (String page :
          new String[] {
            "user?id=" + theirUser, "group?id=" + UUID.randomUUID(), "user?id=not-an-id"
          }) {
        console.open(page);
        assertThat(console.browser.getTitle()).as(page).startsWith("Not found");
        assertThat(console.source()).as(page).doesNotContain("secret.person");
      }
    }
  }

  @Test
  void aFormWithAForgedViewStateChangesNothing() {
    AdminClient org = AdminClient.newOrganization();
    try (Console console = new Console()) {
      console.signIn(org.slug, org.email, AdminClient.PASSWORD);
      console.open("tokens");
      console.type("#tokens\\:name", "forged");
      console.browser.executeScript(
          "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\").forEach(i => i.value = 'stolen:-1');");
      console.browser.findElement(By.id("tokens:create")).click();
      console.waitFor("#expired-message", "Nothing was changed");
    }
    assertThat(org.get("/provisioning/tokens").body()).doesNotContain("forged");

    // A post from another site is refused before any work is done.
    Http.Response crossSite =
        Http.send(
            "POST",
            "/console/tokens",
            "tokens=tokens",
            "Content-Type",
            "application/x-www-form-urlencoded",
            "Origin",
            "https://attacker.example");
    assertThat(crossSite.status()).isEqualTo(403);
  }

  @Test
  void anEndedSessionGoesBackToSignInAndADemotedAdminIsOut() {
    AdminClient org = AdminClient.newOrganization();
    try (Console console = new Console()) {
      console.signIn(org.slug, org.email, AdminClient.PASSWORD);
      console.open("tokens");
      // The session ends on the server (idle timeout): the browser's cookie no longer names one.
      console.browser.manage().deleteCookieNamed("ROSTER_CONSOLE");
      console
          .browser
          .manage()
          .addCookie(new Cookie("ROSTER_CONSOLE", "expired-session", "/console"));
      console.type("#tokens\\:name", "after-expiry");
      console.click("#tokens\\:create");
      console.waitFor("h1", "Sign in");
      assertThat(org.get("/provisioning/tokens").body()).doesNotContain("after-expiry");

      console.signIn(org.slug, org.email, AdminClient.PASSWORD);
      assertThat(console.url()).endsWith("/console/provisioning");
      setRole(org, org.email, "EDITOR");
      console.open("users");
      assertThat(console.url()).endsWith("/console/signin");
    }
  }

  private static void setRole(AdminClient org, String email, String role) {
    try (Connection c = Fixtures.connect();
        PreparedStatement s =
            c.prepareStatement(
                "update app_user set role = ? where email_key = ? and organization_id = ?")) {
      s.setString(1, role);
      s.setString(2, email.toLowerCase());
      s.setObject(3, UUID.fromString(org.organizationId));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
