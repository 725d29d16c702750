package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The webhooks API's boundaries: URLs Roster must never call are refused with a 400 saying why; an
 * admin sees and changes only the organization's own webhooks; bad input is a 400, not a 500.
 * Nothing here is ever sent anywhere but loopback.
 */
class WebhooksAdminIT extends RosterDeployment {
  private static final String PLATFORM = "/api/platform/v1/webhooks";
  private static final String[] BEARER = {"Authorization", "Bearer " + AdminClient.PLATFORM_KEY};

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://169.254.169.254/latest/meta-data/|link-local",
        "https://10.0.0.7/hook|private network",
        "https://192.168.1.1/|private network",
        "https://172.16.5.4/|private network",
        "https://100.64.0.1/|carrier-grade NAT",
        "https://[fd00::1]/|unique-local",
        "https://[fe80::1]/|link-local",
        "https://[::ffff:127.0.0.1]/|embeds an IPv4",
        "https://0.0.0.0/|unspecified",
        "http://93.184.216.34/|only https",
        "ftp://127.0.0.1/|only https",
        "https://user:pw@127.0.0.1/|credentials",
        "not a url|not a valid URL"
      })
  void forbiddenUrlsAre400SayingWhy(String url, String reason) {
    AdminClient admin = AdminClient.newOrganization();
    Http.Response r = admin.post("/webhooks", "{\"url\":\"" + url + "\"}");
    assertThat(r.status()).as(r.toString()).isEqualTo(400);
    assertThat(r.json().getString("detail")).contains(reason);
    Http.Response p = Http.postJson(PLATFORM, "{\"url\":\"" + url + "\"}", BEARER);
    assertThat(p.status()).as(p.toString()).isEqualTo(400);
  }

  /** Also on the embedded database: the worker's claim and delivery path on H2. */
  @Test
  void anAdminsWebhookGetsItsOwnOrganizationsEventsOnlySigned() {
    try (WebhookReceiver receiver = new WebhookReceiver();
        TestOidcProvider oidc = new TestOidcProvider()) {
      AdminClient a = AdminClient.newOrganization();
      AdminClient b = AdminClient.newOrganization();
      Http.Response created =
          a.post(
              "/webhooks",
              "{\"url\":\""
                  + receiver.url()
                  + "\",\"eventTypes\":[\"user.created\",\"provisioning.enabled\"]}");
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      receiver.secrets(created.json().getString("secret"));

      ScimClient scimA =
          new ScimClient(
              new Fixtures.ScimTenant(
                  UUID.fromString(a.organizationId), a.slug, a.enableScim(oidc)));
      ScimClient scimB =
          new ScimClient(
              new Fixtures.ScimTenant(
                  UUID.fromString(b.organizationId), b.slug, b.enableScim(oidc)));
      String inB = scimB.createUser("someone@b.example");
      String inA = scimA.createUser("someone@a.example");

      Waits.until(() -> receiver.delivered().size() >= 2, "2 deliveries");
      Waits.pause(java.time.Duration.ofMillis(500));
      assertThat(receiver.received()).hasSize(2).allMatch(WebhookReceiver.Received::valid);
      assertThat(receiver.received())
          .extracting(WebhookReceiver.Received::type)
          .containsExactly("provisioning.enabled", "user.created");
      assertThat(receiver.received()).allMatch(r -> r.organizationId().equals(a.organizationId));
      assertThat(receiver.received().get(1).body()).contains(inA).doesNotContain(inB);
    }
  }

  @Test
  void badInputIs400WithADetail() {
    AdminClient admin = AdminClient.newOrganization();
    String url = "http://127.0.0.1:1/hook";
    Http.Response unknownType =
        admin.post("/webhooks", "{\"url\":\"" + url + "\",\"eventTypes\":[\"user.exploded\"]}");
    assertThat(unknownType.status()).isEqualTo(400);
    assertThat(unknownType.json().getString("detail")).contains("user.exploded", "user.created");
    assertThat(
            admin.post("/webhooks", "{\"url\":\"" + url + "\",\"eventTypes\":\"user\"}").status())
        .isEqualTo(400);
    assertThat(admin.post("/webhooks", "{}").json().getString("detail")).contains("url");
    Http.Response orgs =
        admin.post("/webhooks", "{\"url\":\"" + url + "\",\"organizations\":[\"x\"]}");
    assertThat(orgs.status()).isEqualTo(400);
    Http.Response unknownSlug =
        Http.postJson(
            PLATFORM, "{\"url\":\"" + url + "\",\"organizations\":[\"no-such-org\"]}", BEARER);
    assertThat(unknownSlug.status()).isEqualTo(400);
    assertThat(unknownSlug.json().getString("detail")).contains("no-such-org");
    assertThat(Http.postJson(PLATFORM, "{\"url\":\"" + url + "\"}").status()).isEqualTo(401);
  }

  @Test
  void anAdminCreatesListsRotatesAndDeletesOnlyItsOwnWebhooks() {
    AdminClient a = AdminClient.newOrganization();
    AdminClient b = AdminClient.newOrganization();
    Http.Response created =
        a.post(
            "/webhooks",
            "{\"url\":\"http://127.0.0.1:1/a\",\"eventTypes\":[\"user.created\",\"user.deleted\"]}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Cache-Control")).isEqualTo("no-store");
    JsonObject webhook = created.json();
    String id = webhook.getString("id");
    assertThat(webhook.getString("secret")).matches("whsec_[A-Za-z0-9+/]{43}=");
    assertThat(webhook.getString("organizationId")).isEqualTo(a.organizationId);
    assertThat(webhook.getJsonArray("eventTypes")).hasSize(2);

    JsonObject shown = a.get("/webhooks/" + id).json();
    assertThat(shown.containsKey("secret")).isFalse();
    assertThat(a.get("/webhooks").body()).contains(id).doesNotContain("whsec_");

    assertThat(b.get("/webhooks/" + id).status()).isEqualTo(404);
    assertThat(b.delete("/webhooks/" + id).status()).isEqualTo(404);
    assertThat(b.post("/webhooks/" + id + "/secret", null).status()).isEqualTo(404);
    assertThat(b.get("/webhooks/" + id + "/deliveries").status()).isEqualTo(404);
    assertThat(b.post("/webhooks/" + id + "/replay", "{\"after\":0}").status()).isEqualTo(404);
    assertThat(b.get("/webhooks").body()).doesNotContain(id);
    assertThat(Http.get(PLATFORM + "/" + id, BEARER).status()).isEqualTo(404);
    assertThat(Http.get(PLATFORM, BEARER).body()).doesNotContain(id);
    assertThat(a.get("/webhooks/not-a-uuid").status()).isEqualTo(404);

    Http.Response rotated = a.post("/webhooks/" + id + "/secret", null);
    assertThat(rotated.status()).isEqualTo(200);
    assertThat(rotated.json().getString("secret")).isNotEqualTo(webhook.getString("secret"));
    assertThat(a.get("/audit-events").body())
        .contains("WEBHOOK_CREATED", "WEBHOOK_SECRET_ROTATED")
        .doesNotContain("whsec_");

    assertThat(a.delete("/webhooks/" + id).status()).isEqualTo(204);
    assertThat(a.get("/webhooks/" + id).status()).isEqualTo(404);
  }
}
