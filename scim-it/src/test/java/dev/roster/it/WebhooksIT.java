package dev.roster.it;

import static dev.roster.it.Waits.pause;
import static dev.roster.it.Waits.until;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.WebhookReceiver.Received;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Webhooks end to end: events reach a real receiver on loopback, signed (the receiver verifies
 * every signature with the endpoint's secret), in order per organization and endpoint, through
 * failures and recoveries. The server runs with a shrunk retry schedule (arquillian.xml).
 */
@EnabledIfSystemProperty(named = "arquillian.launch", matches = "postgresql")
class WebhooksIT extends RosterDeployment {
  private static final String PLATFORM = "/api/platform/v1/webhooks";
  private static final String[] BEARER = {"Authorization", "Bearer " + AdminClient.PLATFORM_KEY};

  @Test
  void eventsArriveSignedInOrderWithAStableIdPerEvent() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Fixtures.ScimTenant tenant = Fixtures.scimTenant();
      subscribe(receiver, tenant.slug());

      long first =
          TestEvents.append(
              tenant.organizationId().toString(),
              "user.created",
              "user.updated",
              "group.created",
              "user.deleted");

      until(() -> receiver.delivered().size() >= 4, "4 deliveries: " + receiver.received());
      List<Received> got = receiver.delivered();
      assertThat(got).hasSize(4).allMatch(Received::valid);
      assertThat(got.stream().map(Received::type))
          .containsExactly("user.created", "user.updated", "group.created", "user.deleted");
      assertThat(got.stream().map(Received::position))
          .containsExactly(first, first + 1, first + 2, first + 3);
      assertThat(got).allMatch(r -> r.organizationId().equals(tenant.organizationId().toString()));
      assertThat(got.stream().map(Received::id).distinct()).hasSize(4);
      assertThat(got).allMatch(r -> r.id().matches("msg_[0-9a-f]{32}"));
      assertThat(got.get(0).event().getJsonObject("data").getInt("n")).isZero();
    }
  }

  @Test
  void scimChangesReachTheReceiverAsEventsInTheOrderTheyHappened() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      ScimClient scim = ScimClient.newTenant();
      subscribe(receiver, scim.tenant.slug());

      String alice = scim.createUser("alice@webhooks.example");
      String bob = scim.createUser("bob@webhooks.example");
      Http.Response patched =
          scim.patch(
              "/Users/" + alice,
              ScimClient.patchOps(
                  "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Alice A\"}]"));
      assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
      assertThat(scim.delete("/Users/" + bob).status()).isEqualTo(204);

      until(
          () -> receiver.delivered().stream().anyMatch(r -> r.type().equals("user.deleted")),
          "user.deleted: " + receiver.received());
      List<Received> got = receiver.delivered();
      assertThat(got).allMatch(Received::valid);
      assertThat(got.stream().map(Received::position)).isSorted().doesNotHaveDuplicates();
      List<String> userEvents =
          got.stream()
              .filter(r -> r.type().startsWith("user.") && !r.type().equals("user.role_changed"))
              .map(
                  r ->
                      r.type()
                          + " "
                          + r.event().getJsonObject("data").getJsonObject("user").getString("id"))
              .toList();
      assertThat(userEvents)
          .containsExactly(
              "user.created " + alice,
              "user.created " + bob,
              "user.updated " + alice,
              "user.deleted " + bob);
    }
  }

  @Test
  void onlyTheSubscribedTypesAndOrganizationsArrive() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Fixtures.ScimTenant mine = Fixtures.scimTenant();
      Fixtures.ScimTenant other = Fixtures.scimTenant();
      Http.Response created =
          Http.postJson(
              PLATFORM,
              "{\"url\":\""
                  + receiver.url()
                  + "\",\"eventTypes\":[\"user.deleted\"],\"organizations\":[\""
                  + mine.slug()
                  + "\"]}",
              BEARER);
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      receiver.secrets(created.json().getString("secret"));
      // Organizations are shown as they are given: by slug, in the answer and in the list.
      assertThat(created.json().getJsonArray("organizations").getString(0)).isEqualTo(mine.slug());
      String id = created.json().getString("id");
      jakarta.json.JsonObject listed =
          Http.get(PLATFORM, BEARER).array().stream()
              .map(jakarta.json.JsonValue::asJsonObject)
              .filter(w -> w.getString("id").equals(id))
              .findFirst()
              .orElseThrow();
      assertThat(listed.getJsonArray("organizations").getString(0)).isEqualTo(mine.slug());

      TestEvents.append(other.organizationId().toString(), "user.deleted");
      TestEvents.append(mine.organizationId().toString(), "user.created", "user.deleted");
      until(() -> receiver.delivered().size() >= 1, "one delivery");
      pause(Duration.ofSeconds(1));

      assertThat(receiver.received()).hasSize(1);
      assertThat(receiver.received().get(0).type()).isEqualTo("user.deleted");
      assertThat(receiver.received().get(0).organizationId())
          .isEqualTo(mine.organizationId().toString());
    }
  }

  @Test
  void aReceiverAnswering500ThenRecoveringGetsEverythingInOrderRetriesKeepingTheirId() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Fixtures.ScimTenant tenant = Fixtures.scimTenant();
      String webhook = subscribe(receiver, tenant.slug());
      AtomicInteger failuresLeft = new AtomicInteger(3);
      receiver.answer(event -> failuresLeft.getAndDecrement() > 0 ? 500 : 200);

      long first =
          TestEvents.append(
              tenant.organizationId().toString(),
              "user.created",
              "user.updated",
              "user.updated",
              "user.deactivated",
              "user.deleted");

      until(() -> receiver.delivered().size() >= 5, "5 deliveries: " + receiver.received());
      assertThat(receiver.delivered().stream().map(Received::position))
          .containsExactly(first, first + 1, first + 2, first + 3, first + 4);
      List<Received> all = receiver.received();
      assertThat(all).allMatch(Received::valid);
      // The first event was tried four times (three 500s), always under one webhook-id.
      assertThat(all.subList(0, 4)).extracting(Received::position).containsOnly(first);
      assertThat(all.subList(0, 4)).extracting(Received::id).containsOnly(all.get(0).id());

      // A stream's attempts are recorded once its claimed deliveries were sent: soon after the
      // receiver saw the last one, not necessarily before.
      until(
          () -> oldestOfFive(webhook).getString("state").equals("DELIVERED"),
          "the first event recorded as delivered");
      JsonObject oldest = oldestOfFive(webhook);
      assertThat(oldest.getInt("attempts")).isEqualTo(4);
      assertThat(oldest.getJsonArray("attemptLog")).hasSize(4);
      assertThat(oldest.getJsonArray("attemptLog").getJsonObject(3).getInt("status"))
          .isEqualTo(500);
      assertThat(oldest.getJsonArray("attemptLog").getJsonObject(0).getInt("status"))
          .isEqualTo(200);
    }
  }

  @Test
  void anAnswerAfterTenSecondsIsAFailedAttemptAndTheEventIsSentAgain() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Fixtures.ScimTenant tenant = Fixtures.scimTenant();
      String webhook = subscribe(receiver, tenant.slug());
      AtomicInteger stalls = new AtomicInteger(1);
      receiver.stall(
          event -> stalls.getAndDecrement() > 0 ? Duration.ofSeconds(12) : Duration.ZERO);
      receiver.answer(event -> 200);
      receiver.respondWith("ok " + "x".repeat(2000));
      long position = TestEvents.append(tenant.organizationId().toString(), "user.created");

      until(
          () -> deliveredOnce(webhook),
          "the event delivered after the late answer",
          Duration.ofSeconds(40));
      JsonObject delivery = lastDelivery(webhook);
      assertThat(delivery.getJsonNumber("position").longValue()).isEqualTo(position);
      assertThat(delivery.getInt("attempts")).isEqualTo(2);
      JsonObject late = delivery.getJsonArray("attemptLog").getJsonObject(1);
      assertThat(late.getString("error")).isEqualTo("No response within 10 seconds");
      assertThat(late.isNull("status")).isTrue();
      assertThat(late.getJsonNumber("durationMillis").longValue()).isBetween(9_900L, 11_900L);
      JsonObject answered = delivery.getJsonArray("attemptLog").getJsonObject(0);
      assertThat(answered.getInt("status")).isEqualTo(200);
      // Only the start of a long answer is kept.
      assertThat(answered.getString("responseExcerpt")).startsWith("ok xxx").hasSize(1024);
      assertThat(receiver.received())
          .extracting(Received::id)
          .containsOnly(receiver.received().get(0).id());
    }
  }

  @Test
  void aReceiverThatIsDownGetsEverythingInOrderOnceItIsBack() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Fixtures.ScimTenant tenant = Fixtures.scimTenant();
      String webhook = subscribe(receiver, tenant.slug());
      receiver.down();

      long first =
          TestEvents.append(
              tenant.organizationId().toString(), "user.created", "user.updated", "user.deleted");
      until(
          () ->
              Http.get(PLATFORM + "/" + webhook + "/deliveries", BEARER)
                      .json()
                      .getJsonArray("deliveries")
                      .stream()
                      .mapToInt(d -> d.asJsonObject().getInt("attempts"))
                      .sum()
                  >= 2,
          "failed attempts while the receiver is down");
      JsonObject oldest =
          Http.get(PLATFORM + "/" + webhook + "/deliveries", BEARER)
              .json()
              .getJsonArray("deliveries")
              .getJsonObject(2);
      assertThat(oldest.getString("state")).isEqualTo("PENDING");
      assertThat(oldest.getJsonArray("attemptLog").getJsonObject(0).getString("error"))
          .isNotBlank();

      receiver.up();
      until(() -> receiver.delivered().size() >= 3, "3 deliveries: " + receiver.received());
      assertThat(receiver.delivered().stream().map(Received::position))
          .containsExactly(first, first + 1, first + 2);
    }
  }

  @Test
  void anOrganizationWhoseDeliveriesFailDoesNotHoldBackAnother() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Fixtures.ScimTenant failing = Fixtures.scimTenant();
      Fixtures.ScimTenant healthy = Fixtures.scimTenant();
      Http.Response created =
          Http.postJson(
              PLATFORM,
              "{\"url\":\""
                  + receiver.url()
                  + "\",\"organizations\":[\""
                  + failing.slug()
                  + "\",\""
                  + healthy.slug()
                  + "\"]}",
              BEARER);
      receiver.secrets(created.json().getString("secret"));
      String failingId = failing.organizationId().toString();
      java.util.concurrent.atomic.AtomicBoolean down =
          new java.util.concurrent.atomic.AtomicBoolean(true);
      receiver.answer(
          e -> down.get() && e.getString("organizationId").equals(failingId) ? 503 : 200);

      long f = TestEvents.append(failingId, "user.created", "user.updated");
      long h = TestEvents.append(healthy.organizationId().toString(), "user.created");
      long h2 = TestEvents.append(healthy.organizationId().toString(), "user.updated");

      until(() -> receiver.delivered().size() >= 2, "the healthy organization's two events");
      assertThat(receiver.delivered().stream().map(Received::position)).containsExactly(h, h2);
      // The failing organization's second event waited behind its first.
      assertThat(receiver.received().stream().map(Received::position)).doesNotContain(f + 1);

      down.set(false);
      until(() -> receiver.delivered().size() >= 4, "all four: " + receiver.received());
      assertThat(
              receiver.delivered().stream()
                  .filter(r -> r.organizationId().equals(failingId))
                  .map(Received::position))
          .containsExactly(f, f + 1);
    }
  }

  @Test
  void afterRotationDeliveriesCarryBothSignaturesAndEitherSecretVerifies() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Fixtures.ScimTenant tenant = Fixtures.scimTenant();
      String webhook = subscribe(receiver, tenant.slug());
      String old = receiverSecret;
      Http.Response rotated = Http.send("POST", PLATFORM + "/" + webhook + "/secret", null, BEARER);
      assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
      String fresh = rotated.json().getString("secret");
      assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
      receiver.secrets(fresh);

      TestEvents.append(tenant.organizationId().toString(), "user.created");
      until(() -> receiver.delivered().size() >= 1, "a delivery");

      Received r = receiver.delivered().get(0);
      String[] signatures = r.signatures().split(" ");
      assertThat(signatures).hasSize(2);
      assertThat(WebhookReceiver.signedWith(fresh, r, signatures[0])).isTrue();
      assertThat(WebhookReceiver.signedWith(old, r, signatures[1])).isTrue();
      assertThat(
              Http.get(PLATFORM + "/" + webhook, BEARER)
                  .json()
                  .getString("previousSecretExpiresAt"))
          .isNotBlank();
    }
  }

  @Test
  void oneEventCanBeRedeliveredAndAllReplayedFromAPosition() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Fixtures.ScimTenant tenant = Fixtures.scimTenant();
      String webhook = subscribe(receiver, tenant.slug());
      long first =
          TestEvents.append(
              tenant.organizationId().toString(), "user.created", "user.updated", "user.deleted");
      until(() -> receiver.delivered().size() >= 3, "3 deliveries");
      String firstId = receiver.delivered().get(0).id();

      JsonObject newest =
          Http.get(PLATFORM + "/" + webhook + "/deliveries?limit=1", BEARER)
              .json()
              .getJsonArray("deliveries")
              .getJsonObject(0);
      assertThat(newest.getJsonNumber("position").longValue()).isEqualTo(first + 2);
      Http.Response again =
          Http.send(
              "POST",
              PLATFORM + "/" + webhook + "/deliveries/" + newest.getString("id") + "/redeliver",
              null,
              BEARER);
      assertThat(again.status()).as(again.toString()).isEqualTo(202);
      until(() -> receiver.delivered().size() >= 4, "the redelivery");
      assertThat(receiver.delivered().get(3).position()).isEqualTo(first + 2);

      Http.Response replay =
          Http.postJson(
              PLATFORM + "/" + webhook + "/replay", "{\"after\":" + (first - 1) + "}", BEARER);
      assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
      assertThat(replay.json().getInt("queued")).isEqualTo(3);
      until(() -> receiver.delivered().size() >= 7, "the replay");
      List<Received> replayed = receiver.delivered().subList(4, 7);
      assertThat(replayed.stream().map(Received::position))
          .containsExactly(first, first + 1, first + 2);
      assertThat(replayed.get(0).id()).isEqualTo(firstId);

      Http.Response cursorPage =
          Http.get(
              PLATFORM
                  + "/"
                  + webhook
                  + "/deliveries?limit=2&before="
                  + Http.get(PLATFORM + "/" + webhook + "/deliveries?limit=5", BEARER)
                      .json()
                      .getString("next"),
              BEARER);
      assertThat(cursorPage.json().getJsonArray("deliveries")).hasSize(2);
    }
  }

  @Test
  void anEndpointFailingForTheWholeScheduleIsDisabledAndTheAdminsAreTold() {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      Fixtures.ScimTenant tenant = Fixtures.scimTenant();
      String webhook = subscribe(receiver, tenant.slug());
      receiver.answer(e -> 500);

      TestEvents.append(tenant.organizationId().toString(), "user.created", "user.updated");
      until(
          () -> !Http.get(PLATFORM + "/" + webhook, BEARER).json().getBoolean("enabled"),
          "the webhook disabled",
          Duration.ofSeconds(60));
      JsonObject disabled = Http.get(PLATFORM + "/" + webhook, BEARER).json();
      assertThat(disabled.getString("disabledReason")).contains("HTTP 500");
      assertThat(
              Fixtures.queryOne(
                  "select count(*) from audit_event where organization_id = ?"
                      + " and action = 'WEBHOOK_DISABLED' and target_id = ?",
                  tenant.organizationId(),
                  webhook))
          .isEqualTo(1L);
      // Nothing was sent for the second event: it waits behind the first.
      assertThat(receiver.received()).extracting(Received::type).containsOnly("user.created");

      // Fixed and enabled again: the queued event flows; the failed one comes back on request.
      receiver.answer(e -> 200);
      Http.Response enabled = Http.send("POST", PLATFORM + "/" + webhook + "/enable", null, BEARER);
      assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);
      assertThat(enabled.json().getBoolean("enabled")).isTrue();
      until(() -> receiver.delivered().size() >= 1, "the queued event");
      assertThat(receiver.delivered().get(0).type()).isEqualTo("user.updated");
      JsonObject failed =
          Http.get(PLATFORM + "/" + webhook + "/deliveries", BEARER)
              .json()
              .getJsonArray("deliveries")
              .getJsonObject(1);
      assertThat(failed.getString("state")).isEqualTo("FAILED");
      Http.send(
          "POST",
          PLATFORM + "/" + webhook + "/deliveries/" + failed.getString("id") + "/redeliver",
          null,
          BEARER);
      until(() -> receiver.delivered().size() >= 2, "the redelivered event");
      assertThat(receiver.delivered().get(1).type()).isEqualTo("user.created");
    }
  }

  private String receiverSecret;

  /** A platform webhook for one organization's events to the receiver; returns its id. */
  private String subscribe(WebhookReceiver receiver, String slug) {
    Http.Response created =
        Http.postJson(
            PLATFORM,
            "{\"url\":\"" + receiver.url() + "\",\"organizations\":[\"" + slug + "\"]}",
            BEARER);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    receiverSecret = created.json().getString("secret");
    assertThat(receiverSecret).startsWith("whsec_");
    receiver.secrets(receiverSecret);
    return created.json().getString("id");
  }

  private static boolean deliveredOnce(String webhook) {
    var deliveries =
        Http.get(PLATFORM + "/" + webhook + "/deliveries?limit=1", BEARER)
            .json()
            .getJsonArray("deliveries");
    return !deliveries.isEmpty()
        && deliveries.getJsonObject(0).getString("state").equals("DELIVERED");
  }

  private static JsonObject lastDelivery(String webhook) {
    return Http.get(PLATFORM + "/" + webhook + "/deliveries?limit=1", BEARER)
        .json()
        .getJsonArray("deliveries")
        .getJsonObject(0);
  }

  private static JsonObject oldestOfFive(String webhook) {
    return Http.get(PLATFORM + "/" + webhook + "/deliveries?limit=10", BEARER)
        .json()
        .getJsonArray("deliveries")
        .getJsonObject(4);
  }
}
