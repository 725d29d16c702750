package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Change events end to end: each change through SCIM (single, PATCH, PUT, Bulk), the admin API and
 * set-based re-roling and locking writes its events, read back by cursor from the admin and the
 * platform events APIs; organizations never see each other's events; bad input is a 400 that says
 * why.
 */
class EventsIT extends RosterDeployment {
  static final TestOidcProvider OIDC = new TestOidcProvider();
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";

  @AfterAll
  static void stop() {
    OIDC.close();
  }

  /** An organization with SSO, provisioning on and a SCIM client with its token. */
  private record Tenant(AdminClient admin, ScimClient scim) {
    static Tenant create() {
      AdminClient admin = AdminClient.newOrganization();
      String token = admin.enableScim(OIDC);
      return new Tenant(
          admin,
          new ScimClient(
              new Fixtures.ScimTenant(
                  java.util.UUID.fromString(admin.organizationId), admin.slug, token)));
    }
  }

  @Test
  void userChangesThroughScimAndTheAdminApiAreEvents() {
    Tenant t = Tenant.create();
    assertThat(types(await(t.admin, "", 3)))
        .containsExactly("user.created", "sso.activated", "provisioning.enabled");

    String id =
        t.scim.createUser(
            "ada@example.com", "\"displayName\":\"Ada\",\"roles\":[{\"value\":\"eng\"}]");
    ok(
        t.scim.patch(
            "/Users/" + id,
            ScimClient.patchOps(
                "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Ada L.\"}]")));
    ok(
        t.scim.patch(
            "/Users/" + id,
            ScimClient.patchOps("[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]")));
    ok(
        t.scim.put(
            "/Users/" + id,
            "{\"schemas\":[\""
                + USER
                + "\"],\"userName\":\"ada@example.com\","
                + "\"displayName\":\"Ada L.\",\"active\":true,\"roles\":[{\"value\":\"eng\"}]}"));
    // A mapping re-roles her set-based; its event comes from the same statement.
    AdminClient.ok(
        t.admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"eng\",\"role\":\"Editor\"}"));
    assertThat(t.scim.delete("/Users/" + id).status()).isEqualTo(204);

    List<JsonObject> events =
        await(
            t.admin,
            "types="
                + String.join(
                    ",",
                    List.of(
                        "user.created",
                        "user.updated",
                        "user.activated",
                        "user.deactivated",
                        "user.role_changed",
                        "user.deleted")),
            7);
    assertThat(types(events))
        .containsExactly(
            "user.created",
            "user.created",
            "user.updated",
            "user.deactivated",
            "user.activated",
            "user.role_changed",
            "user.deleted");
    // The organization's first admin, made with the organization, is its first user event.
    JsonObject admin = events.get(0).getJsonObject("data").getJsonObject("user");
    assertThat(admin.getBoolean("scimManaged")).isFalse();
    assertThat(admin.getString("role")).isEqualTo("Admin");
    JsonObject created = events.get(1);
    assertThat(created.getString("organizationId")).isEqualTo(t.admin.organizationId);
    assertThat(created.getString("id")).isNotBlank();
    assertThat(Instant.parse(created.getString("occurredAt")))
        .isBefore(Instant.now().plusSeconds(1));
    JsonObject user = created.getJsonObject("data").getJsonObject("user");
    assertThat(user.getString("id")).isEqualTo(id);
    assertThat(user.getString("userName")).isEqualTo("ada@example.com");
    assertThat(user.getString("role")).isEqualTo("Viewer");
    assertThat(user.getString("status")).isEqualTo("ACTIVE");
    assertThat(user.getBoolean("scimManaged")).isTrue();
    assertThat(events.get(2).getJsonObject("data").getJsonArray("changedAttributes").toString())
        .isEqualTo("[\"displayName\"]");
    assertThat(events.get(3).getJsonObject("data").getJsonObject("user").getString("status"))
        .isEqualTo("INACTIVE");
    JsonObject reRoled = events.get(5).getJsonObject("data");
    assertThat(reRoled.getString("oldRole")).isEqualTo("Viewer");
    assertThat(reRoled.getString("newRole")).isEqualTo("Editor");
    assertThat(reRoled.getString("reason")).isEqualTo("MAPPING");
    assertThat(reRoled.getJsonObject("user").getString("role")).isEqualTo("Editor");
    long previous = 0;
    for (JsonObject e : events) {
      assertThat(e.getJsonNumber("position").longValue()).isGreaterThan(previous);
      previous = e.getJsonNumber("position").longValue();
    }
  }

  @Test
  void bulkAndGroupChangesAreEvents() {
    Tenant t = Tenant.create();
    ok(
        t.scim.post(
            "/Bulk",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],"
                + "\"Operations\":["
                + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"a\",\"data\":{\"schemas\":[\""
                + USER
                + "\"],\"userName\":\"a@example.com\"}},"
                + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b\",\"data\":{\"schemas\":[\""
                + USER
                + "\"],\"userName\":\"b@example.com\"}}]}"));
    // The organization's first admin, then the two made by the Bulk request.
    assertThat(await(t.admin, "types=user.created", 3)).hasSize(3);
    String a = userId(t.scim, "a@example.com");
    String b = userId(t.scim, "b@example.com");
    String c = t.scim.createUser("c@example.com");

    String group = t.scim.createGroup("Engineering", a);
    ok(
        t.scim.patch(
            "/Groups/" + group,
            ScimClient.patchOps(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + b + "\"}]}]")));
    ok(
        t.scim.patch(
            "/Groups/" + group,
            ScimClient.patchOps(
                "[{\"op\":\"remove\",\"path\":\"members[value eq \\\""
                    + a
                    + "\\\"]\"},"
                    + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Eng\"}]")));
    // The PUT keeps b and brings c: only c joins (nobody stayed-and-rejoined events).
    ok(
        t.scim.put(
            "/Groups/" + group,
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                + "\"displayName\":\"Eng\",\"members\":[{\"value\":\""
                + b
                + "\"},{\"value\":\""
                + c
                + "\"}]}"));
    assertThat(t.scim.delete("/Groups/" + group).status()).isEqualTo(204);

    List<JsonObject> events =
        await(
            t.admin,
            "types=group.created,group.updated,group.deleted,"
                + "group.member_added,group.member_removed",
            7);
    assertThat(types(events))
        .containsExactly(
            "group.created",
            "group.member_added",
            "group.member_added",
            "group.member_removed",
            "group.updated",
            "group.member_added",
            "group.deleted");
    assertThat(member(events.get(1))).isEqualTo(a);
    assertThat(member(events.get(2))).isEqualTo(b);
    assertThat(member(events.get(3))).isEqualTo(a);
    assertThat(events.get(4).getJsonObject("data").getJsonArray("changedAttributes").toString())
        .isEqualTo("[\"displayName\"]");
    assertThat(member(events.get(5))).isEqualTo(c);
    assertThat(events.get(6).getJsonObject("data").getJsonObject("group").getString("displayName"))
        .isEqualTo("Eng");
  }

  @Test
  void aDeletedUserLeavesEachOfItsGroupsFirst() {
    Tenant t = Tenant.create();
    String grace = t.scim.createUser("grace@example.com");
    String alan = t.scim.createUser("alan@example.com");
    String ops = t.scim.createGroup("Operations", grace, alan);
    t.scim.createGroup("Engineering", grace);
    t.scim.createGroup("Design", alan);

    assertThat(t.scim.delete("/Users/" + grace).status()).isEqualTo(204);

    List<JsonObject> events = await(t.admin, "types=group.member_removed,user.deleted", 3);
    assertThat(types(events))
        .containsExactly("group.member_removed", "group.member_removed", "user.deleted");
    assertThat(events.subList(0, 2))
        .extracting(e -> e.getJsonObject("data").getJsonObject("group").getString("displayName"))
        .containsExactly("Engineering", "Operations");
    assertThat(events).extracting(EventsIT::member).containsOnly(grace);
    // Alan stays where he was.
    assertThat(t.scim.get("/Groups/" + ops).json().getJsonArray("members").toString())
        .contains(alan)
        .doesNotContain(grace);
  }

  @Test
  void softDisableTellsOfEveryUserNoLongerManagedByTheIdp() {
    Tenant t = Tenant.create();
    String one = t.scim.createUser("one@example.com");
    AdminClient.ok(t.admin.post("/provisioning/disable", "{\"mode\":\"SOFT\"}"));

    List<JsonObject> events = await(t.admin, "types=user.updated,provisioning.disabled", 2);
    assertThat(types(events)).containsExactly("user.updated", "provisioning.disabled");
    JsonObject released = events.get(0).getJsonObject("data");
    assertThat(released.getJsonObject("user").getString("id")).isEqualTo(one);
    assertThat(released.getJsonObject("user").getString("status")).isEqualTo("ACTIVE");
    assertThat(released.getJsonObject("user").getBoolean("scimManaged")).isFalse();
    assertThat(released.getJsonArray("changedAttributes").toString())
        .isEqualTo("[\"scimManaged\"]");
    assertThat(events.get(1).getJsonObject("data").getString("mode")).isEqualTo("SOFT");
  }

  @Test
  void lockingDisableAndReactivationAreEvents() {
    Tenant t = Tenant.create();
    String one = t.scim.createUser("one@example.com");
    t.scim.createUser("two@example.com");
    AdminClient.ok(t.admin.post("/provisioning/disable", "{\"mode\":\"LOCK\"}"));
    AdminClient.ok(t.admin.post("/users/" + one + "/activate", null));
    AdminClient.ok(t.admin.post("/sso/deactivate", null));

    List<JsonObject> events =
        await(
            t.admin,
            "types=user.locked,provisioning.disabled," + "user.activated,sso.deactivated",
            5);
    assertThat(types(events))
        .containsExactly(
            "user.locked",
            "user.locked",
            "provisioning.disabled",
            "user.activated",
            "sso.deactivated");
    assertThat(events.get(0).getJsonObject("data").getJsonObject("user").getString("status"))
        .isEqualTo("LOCKED");
    assertThat(events.get(2).getJsonObject("data").getString("mode")).isEqualTo("LOCK");
    assertThat(events.get(3).getJsonObject("data").getJsonObject("user").getString("id"))
        .isEqualTo(one);
    JsonObject sso = events.get(4).getJsonObject("data").getJsonObject("sso");
    assertThat(sso.getBoolean("active")).isFalse();
    assertThat(sso.getBoolean("clientSecretSet")).isTrue();
    assertThat(t.admin.get("/events?limit=1000").body()).doesNotContain("s3cret-client-value");
  }

  @Test
  void aUserWaitingForAnAdminIsPending() {
    Tenant t = Tenant.create();
    AdminClient.ok(
        t.admin.put(
            "/provisioning",
            "{\"identityProvider\":\"OKTA\",\"defaultRole\":\"Viewer\","
                + "\"autoActivateUsers\":false,\"syncGroups\":true}"));
    String id = t.scim.createUser("waits@example.com");
    for (boolean active : new boolean[] {false, true}) {
      ok(
          t.scim.patch(
              "/Users/" + id,
              ScimClient.patchOps(
                  "[{\"op\":\"replace\",\"path\":\"active\",\"value\":" + active + "}]")));
    }
    AdminClient.ok(t.admin.post("/users/" + id + "/activate", null));
    List<JsonObject> events =
        await(t.admin, "types=user.created,user.deactivated,user.pending,user.activated", 5);
    assertThat(types(events))
        .containsExactly(
            "user.created", // the organization's first admin
            "user.created",
            "user.deactivated",
            "user.pending",
            "user.activated");
    assertThat(events.get(1).getJsonObject("data").getJsonObject("user").getString("status"))
        .isEqualTo("PENDING");
  }

  @Test
  void pagingByCursorReadsEachEventOnceAndKeepsItsPlaceWhenNothingCame() {
    Tenant t = Tenant.create();
    for (int i = 0; i < 5; i++) {
      t.scim.createUser("page" + i + "@example.com");
    }
    await(t.admin, "", 8);
    List<String> ids = new ArrayList<>();
    String after = "";
    for (int page = 0; page < 4; page++) {
      JsonObject r = AdminClient.ok(t.admin.get("/events?limit=2&after=" + after)).json();
      r.getJsonArray("events").forEach(e -> ids.add(e.asJsonObject().getString("id")));
      after = r.getString("after");
    }
    assertThat(ids).hasSize(8).doesNotHaveDuplicates();
    JsonObject empty = AdminClient.ok(t.admin.get("/events?after=" + after)).json();
    assertThat(empty.getJsonArray("events")).isEmpty();
    assertThat(empty.getString("after")).isEqualTo(after);
    JsonObject first = AdminClient.ok(t.admin.get("/events")).json();
    assertThat(first.getString("after")).isNotBlank();
  }

  /**
   * The sequencer is woken by the commit, not only by its one-second timer: printed for the record
   * (a loaded machine stretches it), asserted only loosely.
   */
  @Test
  void anEventIsReadableSoonAfterItsChangeCommits() throws Exception {
    Tenant t = Tenant.create();
    String after = AdminClient.ok(t.admin.get("/events?limit=1000")).json().getString("after");
    long[] millis = new long[9];
    for (int i = 0; i < millis.length; i++) {
      t.scim.createUser("soon" + i + "@example.com");
      long t0 = System.nanoTime();
      while (true) {
        JsonObject r = AdminClient.ok(t.admin.get("/events?after=" + after)).json();
        if (!r.getJsonArray("events").isEmpty()) {
          after = r.getString("after");
          break;
        }
        Thread.sleep(5);
      }
      millis[i] = (System.nanoTime() - t0) / 1_000_000;
    }
    java.util.Arrays.sort(millis);
    System.out.println(
        "Event readable after the SCIM response: median "
            + millis[millis.length / 2]
            + " ms, max "
            + millis[millis.length - 1]
            + " ms");
    assertThat(millis[millis.length / 2]).isLessThan(3000);
  }

  @Test
  void anAdminReadsOnlyItsOrganizationsEventsWhateverTheCursor() {
    Tenant a = Tenant.create();
    Tenant b = Tenant.create();
    b.scim.createUser("secret-person@b.example");
    await(b.admin, "types=user.created", 2);
    List<JsonObject> mine = await(a.admin, "", 3);
    assertThat(mine)
        .allSatisfy(
            e -> assertThat(e.getString("organizationId")).isEqualTo(a.admin.organizationId));
    // A cursor from b's reading names a position; from a it still reads only a's events.
    String bCursor = AdminClient.ok(b.admin.get("/events?limit=1")).json().getString("after");
    String seen = AdminClient.ok(a.admin.get("/events?limit=1000&after=" + bCursor)).body();
    assertThat(seen).doesNotContain("secret-person").doesNotContain(b.admin.organizationId);
    assertThat(AdminClient.ok(a.admin.get("/events?limit=1000")).body())
        .doesNotContain("secret-person");

    JsonObject platformB = platform("organization=" + b.admin.slug + "&types=user.created").json();
    assertThat(platformB.getJsonArray("events")).hasSize(2);
    assertThat(platformB.toString())
        .contains("secret-person")
        .doesNotContain(a.admin.organizationId);
    assertThat(platform("organization=" + a.admin.slug).json().getJsonArray("events")).hasSize(3);
    assertThat(platform("limit=1").json().getJsonArray("events")).hasSize(1);
  }

  @Test
  void badQueriesAre400And404WithADetail() {
    AdminClient admin = AdminClient.newOrganization();
    assertBad(admin.get("/events?after=not-a-cursor"), 400, "after");
    assertBad(admin.get("/events?limit=0"), 400, "limit");
    assertBad(admin.get("/events?limit=1001"), 400, "limit");
    assertBad(admin.get("/events?limit=many"), 400, "limit");
    assertBad(admin.get("/events?types=user.created,user.exploded"), 400, "user.exploded");
    assertBad(platform("organization=no-such-org"), 404, "no-such-org");
    assertThat(Http.get("/api/platform/v1/events").status()).isEqualTo(401);
    assertThat(Http.get("/api/platform/v1/events", "Authorization", "Bearer wrong").status())
        .isEqualTo(401);
    assertThat(Http.get("/api/admin/v1/events").status()).isEqualTo(401);
  }

  private static void assertBad(Http.Response r, int status, String detail) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.json().getString("detail")).contains(detail);
  }

  private static Http.Response platform(String query) {
    return Http.get(
        "/api/platform/v1/events?" + query, "Authorization", "Bearer " + AdminClient.PLATFORM_KEY);
  }

  /** Polls until at least {@code count} events match (the sequencer runs just after commit). */
  static List<JsonObject> await(AdminClient admin, String query, int count) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (true) {
      JsonObject r = AdminClient.ok(admin.get("/events?limit=1000&" + query)).json();
      List<JsonObject> events =
          r.getJsonArray("events").stream().map(v -> v.asJsonObject()).toList();
      if (events.size() >= count || Instant.now().isAfter(deadline)) {
        assertThat(events).as("events for " + query).hasSize(count);
        return events;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static List<String> types(List<JsonObject> events) {
    return events.stream().map(e -> e.getString("type")).toList();
  }

  private static String member(JsonObject event) {
    return event.getJsonObject("data").getJsonObject("user").getString("id");
  }

  private static String userId(ScimClient scim, String userName) {
    return scim.get("/Users?filter=userName%20eq%20%22" + userName + "%22")
        .json()
        .getJsonArray("Resources")
        .getJsonObject(0)
        .getString("id");
  }

  private static Http.Response ok(Http.Response r) {
    assertThat(r.status()).as(r.toString()).isBetween(200, 204);
    return r;
  }
}
