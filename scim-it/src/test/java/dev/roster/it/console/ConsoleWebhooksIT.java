package dev.roster.it.console;

import static dev.roster.it.Waits.until;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import dev.roster.it.TestOidcProvider;
import dev.roster.it.WebhookReceiver;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The Webhooks screens in a real browser, delivering to a receiver on loopback: an endpoint added
 * with its secret shown once, a SCIM change delivered and visible in the history, redelivered,
 * replayed and rotated; a refused URL and a disabled endpoint say why; another organization's
 * webhook is not found.
 */
class ConsoleWebhooksIT extends RosterDeployment {

  @Test
  void anAdminAddsAWebhookAndFollowsItsDeliveries() {
    try (WebhookReceiver receiver = new WebhookReceiver();
        TestOidcProvider oidc = new TestOidcProvider();
        Console console = new Console()) {
      AdminClient org = AdminClient.newOrganization();
      String scimToken = org.enableScim(oidc);
      console.signIn(org.slug, org.email, AdminClient.PASSWORD);
      console.click("#nav-webhooks");
      assertThat(console.text("#webhooks\\:list")).contains("No webhooks yet");

      // A URL Roster will not call: the reason is on the form, nothing is created.
      console.type("#webhooks\\:url", "https://169.254.169.254/latest/meta-data");
      console.click("#webhooks\\:create");
      assertThat(console.text("#webhooks\\:messages")).contains("refused").contains("link-local");
      assertThat(console.text("#webhooks\\:list")).contains("No webhooks yet");
      console.check("20-webhook-refused");

      // A loopback receiver (the IT server allows loopback), for user.created only.
      console.type("#webhooks\\:url", receiver.url());
      console.click("label[for='webhooks:types:0']");
      console.click("#webhooks\\:create");
      String secret = console.text("#secret-value");
      assertThat(secret).startsWith("whsec_");
      receiver.secrets(secret);
      assertThat(console.text("#webhooks\\:list"))
          .contains(receiver.url())
          .contains("user.created")
          .contains("Enabled");
      console.check("21-webhook-created");
      console.open("webhooks");
      assertThat(console.source()).doesNotContain(secret);

      // A SCIM change reaches the receiver and shows in the history with its 200.
      receiver.answer(event -> 200);
      String jane = "jane@" + org.slug + ".example";
      createScimUser(org, scimToken, jane);
      until(() -> deliveriesOf(receiver, jane).size() == 1, "the user.created delivery");
      String webhookId = deliveriesOf(receiver, jane).get(0).id();
      console.click(".webhook-url");
      assertThat(console.url()).contains("/console/webhook?id=");
      String page = console.url();
      refreshUntil(console, "#webhook\\:deliveries_data tr:nth-child(1)", "DELIVERED");
      assertThat(console.text("#webhook\\:deliveries_data tr:nth-child(1)"))
          .contains("user.created")
          .contains("200")
          .contains(" ms");
      console.check("22-webhook-deliveries");

      // Redeliver the newest (Jane's): the same event again, under the same webhook-id.
      console.click("#webhook\\:deliveries\\:0\\:redeliver");
      assertThat(console.text("#webhook\\:messages")).contains("queued again");
      until(() -> deliveriesOf(receiver, jane).size() == 2, "the redelivery");
      assertThat(deliveriesOf(receiver, jane))
          .allMatch(WebhookReceiver.Received::valid)
          .allMatch(r -> r.id().equals(webhookId));
      refreshUntil(console, "#webhook\\:deliveries_data tr:nth-child(1)", "DELIVERED");

      // Replay from 0: the organization's kept user.created events, Jane's under the same id.
      console.type("#webhook\\:replay-after", "0");
      console.click("#webhook\\:replay");
      assertThat(console.text("#webhook\\:messages")).contains("after position 0");
      until(() -> deliveriesOf(receiver, jane).size() == 3, "the replay");
      assertThat(deliveriesOf(receiver, jane)).allMatch(r -> r.id().equals(webhookId));

      // Rotate: a new secret, shown once; both sign during the overlap.
      console.click("#webhook\\:rotate");
      console.click("#confirm-yes");
      String rotated = console.text("#secret-value");
      assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
      assertThat(console.text("dl.facts")).contains("also signs until");
      console.check("23-webhook-rotated");
      console.browser.get(page);
      console.waitForScripts();
      assertThat(console.source()).doesNotContain(rotated);

      // Another organization's admin: not found.
      AdminClient other = AdminClient.newOrganization();
      try (Console theirs = new Console()) {
        theirs.signIn(other.slug, other.email, AdminClient.PASSWORD);
        theirs.browser.get(page);
        assertThat(theirs.browser.getTitle()).startsWith("Not found");
        assertThat(theirs.source()).doesNotContain(receiver.url());
        theirs.open("webhooks");
        assertThat(theirs.text("#webhooks\\:list")).contains("No webhooks yet");
      }

      // Delete, after a confirmation.
      console.click("#webhook\\:delete");
      console.click("#confirm-yes");
      console.waitFor("#webhooks\\:messages", "was deleted");
      assertThat(console.url()).endsWith("/console/webhooks");
      assertThat(console.text("#webhooks\\:list")).contains("No webhooks yet");
    }
  }

  @Test
  void aDisabledWebhookShowsWhyAndCanBeEnabled() {
    try (WebhookReceiver failing = new WebhookReceiver();
        TestOidcProvider oidc = new TestOidcProvider();
        Console console = new Console()) {
      failing.answer(event -> 500);
      AdminClient org = AdminClient.newOrganization();
      String scimToken = org.enableScim(oidc);
      Http.Response created =
          org.post(
              "/webhooks", "{\"url\":\"" + failing.url() + "\",\"eventTypes\":[\"user.created\"]}");
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      String id = created.json().getString("id");
      failing.secrets(created.json().getString("secret"));
      createScimUser(org, scimToken, "failing@" + org.slug + ".example");
      // The ITs give up after 15 s of retries.
      until(
          () -> !org.get("/webhooks/" + id).json().getBoolean("enabled"),
          "the webhook to be disabled",
          Duration.ofSeconds(40));

      console.signIn(org.slug, org.email, AdminClient.PASSWORD);
      console.open("webhooks");
      assertThat(console.text("#webhooks\\:list_data tr:nth-child(1)"))
          .contains("Disabled")
          .contains("HTTP 500");
      console.check("24-webhooks-disabled");

      console.click(".webhook-url");
      assertThat(console.text("#disabled-reason")).contains("HTTP 500");
      assertThat(console.text("#webhook\\:deliveries_data tr:nth-child(1)"))
          .contains("FAILED")
          .contains("500");
      console.check("25-webhook-disabled");
      failing.answer(event -> 200);
      console.click("#webhook\\:enable");
      assertThat(console.text("#webhook\\:messages")).contains("enabled");
      assertThat(console.text("#webhook-status")).isEqualTo("Enabled");
      assertThat(console.all("#disabled-reason")).isEmpty();
    }
  }

  private static void createScimUser(AdminClient org, String token, String userName) {
    Http.Response r =
        Http.send(
            "POST",
            "/scim/v2/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                + userName
                + "\",\"active\":true}",
            "Authorization",
            "Bearer " + token,
            "Content-Type",
            "application/scim+json");
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  private static java.util.List<WebhookReceiver.Received> deliveriesOf(
      WebhookReceiver receiver, String userName) {
    return receiver.delivered().stream().filter(r -> r.body().contains(userName)).toList();
  }

  /** The history is read when the page is drawn: refresh it until the worker has recorded. */
  private static void refreshUntil(Console console, String css, String text) {
    until(
        () -> {
          console.click("#webhook\\:refresh");
          return console.text(css).contains(text);
        },
        text + " in " + css);
  }
}
