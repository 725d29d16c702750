package dev.roster.it.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Browser;
import dev.roster.it.Fixtures;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-in in headless Chromium, as a person lives it: the product sends them to Roster, Roster
 * asks for their organization, sends them to their IdP and back to the product with a code; the
 * product's OIDC library gets tokens carrying the role.
 */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql")
class SignInBrowserIT extends RosterDeployment {
  final HostProduct product = new HostProduct();
  final TestIdp idp = new TestIdp("browser");
  final ChromeDriver browser = Browser.open();
  final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

  @AfterEach
  void close() {
    browser.quit();
    idp.close();
    product.close();
  }

  @Test
  void aPersonSignsInThroughTheirIdpAndTheProductReadsTheirRole() throws Exception {
    AdminClient admin = AdminClient.newOrganization();
    admin.enableScim(idp.issuer());
    UUID grace = Fixtures.scimUser(admin.organizationId, "grace@hopper.example", "navy-admins");
    AdminClient.ok(
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"navy-admins\",\"role\":\"Editor\"}"));
    idp.next("sub-grace", "Grace@Hopper.example", true);

    HostProduct.Attempt attempt = product.attempt();
    browser.get(attempt.authorizeUri(null).toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.id("organization"))).sendKeys(admin.slug);
    browser.findElement(By.id("continue")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

    Map<String, String> query = HostProduct.query(browser.getCurrentUrl());
    assertThat(query.get("state")).isEqualTo(attempt.state.getValue());
    HostProduct.Tokens tokens = attempt.exchange(query.get("code"));
    assertThat(tokens.id().getSubject()).isEqualTo(grace.toString());
    assertThat(tokens.id().getStringListClaim("groups")).containsExactly("Editor");
    assertThat(tokens.id().getStringClaim("org")).isEqualTo(admin.slug);
  }

  @Test
  void aRefusalReachesTheProductWithItsReason() {
    AdminClient admin = AdminClient.newOrganization();
    admin.enableScim(idp.issuer());
    idp.next("sub-nobody", "nobody@x.example", true);
    HostProduct.Attempt attempt = product.attempt();
    browser.get(attempt.authorizeUri(admin.slug).toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
    Map<String, String> query = HostProduct.query(browser.getCurrentUrl());
    assertThat(query.get("error")).isEqualTo("access_denied");
    assertThat(query.get("error_description")).contains("ask your IT admin to assign you");
  }

  @Test
  void anAdminSignsInToTheConsoleWithSsoAndAViewerIsToldWhyNot() {
    AdminClient admin = AdminClient.newOrganization();
    admin.enableScim(idp.issuer());
    Fixtures.scimUser(admin.organizationId, "ops@x.example", "ops-admins");
    Fixtures.scimUser(admin.organizationId, "reader@x.example");
    AdminClient.ok(
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"ops-admins\",\"role\":\"Admin\"}"));

    idp.next("sub-reader", "reader@x.example", true);
    browser.get(Http.BASE + "/console/signin");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("sso-organization")))
        .sendKeys(admin.slug);
    // The plain HTML SSO button is dressed as the Faces one beside it (it once rendered unpadded).
    assertThat(browser.findElement(By.id("sso-submit")).getSize().getHeight())
        .isEqualTo(browser.findElement(By.id("signin:submit")).getSize().getHeight());
    browser.findElement(By.id("sso-submit")).click();
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-error"))).getText())
        .contains("Only an organization's Admins");

    idp.next("sub-ops", "ops@x.example", true);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("sso-organization")))
        .sendKeys(admin.slug);
    browser.findElement(By.id("sso-submit")).click();
    wait.until(ExpectedConditions.urlContains("/console/provisioning"));
    assertThat(browser.getPageSource()).contains("ops@x.example");
  }
}
