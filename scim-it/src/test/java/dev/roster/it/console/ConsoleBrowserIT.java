package dev.roster.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.Browser;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The console renders in a real browser from data the domain serves. */
class ConsoleBrowserIT extends RosterDeployment {

  @Test
  void landingPageShowsTheScimBaseUrlAndNoTenantData() {
    ChromeDriver browser = Browser.open();
    try {
      browser.get(Http.BASE + "/console/");
      assertThat(browser.getTitle()).isEqualTo("Roster console");
      assertThat(browser.findElement(By.id("identity-providers")).getText()).contains("OKTA");
      assertThat(browser.getPageSource()).doesNotContain("bootstrapped");
      assertThat(browser.findElement(By.id("scim-base")).getText()).endsWith("/scim/v2");
    } finally {
      browser.quit();
    }
  }
}
