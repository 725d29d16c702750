package dev.roster.it;

import static dev.roster.it.IdpRequests.ENTERPRISE;
import static dev.roster.it.IdpRequests.assertCreated;
import static dev.roster.it.IdpRequests.assertList;
import static dev.roster.it.IdpRequests.assertScimError;
import static dev.roster.it.IdpRequests.filter;
import static dev.roster.it.IdpRequests.memberIds;
import static dev.roster.it.IdpRequests.only;
import static dev.roster.it.ScimClient.patchOps;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Request sequences as Ping (PingFederate's SCIM Provisioner, PingOne), JumpCloud, Google Workspace
 * and OneLogin send them. Where a vendor documents no wire format for a step, the step uses the
 * plain RFC 7644 form and says so.
 */
class OtherIdpSequencesIT extends RosterDeployment {

  private static final String[] JSON = {
    "Accept", "application/json", "Content-Type", "application/json"
  };

  // Source: Ping Identity docs, "SCIM Provisioner: User and group management" and "SCIM
  // provisioner settings reference" (users by PUT, no user PATCH; groups found by listing them
  // all; group PATCH optional) and PingOne "SCIM filter expressions" (the Eq filter override).
  @Test
  void pingLifecycle() {
    ScimClient ping = ScimClient.newTenant();
    assertList(ping.get("/Users" + filter("userName eq \"jsmith\""), JSON), 0);
    // PingOne's filter override, spelled as its docs spell it.
    assertList(ping.get("/Users" + filter("username Eq \"jsmith\""), JSON), 0);

    JsonObject user =
        assertCreated(
            ping.post(
                "/Users",
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "userName":"jsmith","externalId":"CN=Janet Smith,OU=People",
                 "name":{"givenName":"Janet","familyName":"Smith"},
                 "emails":[{"value":"janet.smith@ping.example","type":"work","primary":true}],
                 "title":"Analyst","active":true,
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"4711"}}
                """,
                JSON));
    String id = user.getString("id");
    assertThat(only(ping.get("/Users" + filter("username Eq \"JSMITH\""), JSON)).getString("id"))
        .isEqualTo(id);

    // A filter override on emails, in the PingOne spelling (RFC 7644 filters emails.value).
    assertThat(
            only(ping.get("/Users" + filter("emails Co \"smith@ping.example\""), JSON))
                .getString("id"))
        .isEqualTo(id);

    // Ping updates users with PUT only: the whole representation, what it omits is cleared.
    Http.Response update =
        ping.put(
            "/Users/" + id,
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
               "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "id":"%s","userName":"jsmith","externalId":"CN=Janet Smith,OU=People",
             "name":{"givenName":"Janet","familyName":"Smith-Jones"},
             "emails":[{"value":"janet.smith@ping.example","type":"work","primary":true}],
             "active":true,
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"employeeNumber":"4711"}}
            """
                .formatted(id),
            JSON);
    assertThat(update.status()).as(update.toString()).isEqualTo(200);
    assertThat(update.json().getJsonObject("name").getString("familyName"))
        .isEqualTo("Smith-Jones");
    assertThat(update.json().containsKey("title")).as("PUT replaces; title was left out").isFalse();
    assertThat(update.json().getJsonObject(ENTERPRISE).getString("employeeNumber"))
        .isEqualTo("4711");

    // Remove User Action "Disable": the same PUT with active false.
    Http.Response disable =
        ping.put(
            "/Users/" + id,
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "id":"%s","userName":"jsmith","externalId":"CN=Janet Smith,OU=People",
             "name":{"givenName":"Janet","familyName":"Smith-Jones"},
             "emails":[{"value":"janet.smith@ping.example","type":"work","primary":true}],
             "active":false}
            """
                .formatted(id),
            JSON);
    assertThat(disable.status()).as(disable.toString()).isEqualTo(200);
    assertThat(disable.json().getBoolean("active")).isFalse();
    JsonObject disabled = only(ping.get("/Users" + filter("userName eq \"jsmith\""), JSON));
    assertThat(disabled.getBoolean("active")).isFalse();
    assertThat(disabled.getJsonObject("name").getString("familyName")).isEqualTo("Smith-Jones");
    assertThat(ScimUsersIT.stored(id, "status")).isEqualTo("INACTIVE");

    // Groups: Ping lists all groups and matches the name itself.
    String kim = ping.createUser("kwong");
    JsonObject all = assertList(ping.get("/Groups", JSON), 0);
    assertThat(all.getInt("startIndex")).isEqualTo(1);
    JsonObject group =
        assertCreated(
            ping.post(
                "/Groups",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                    + "\"displayName\":\"Finance\",\"members\":[{\"value\":\""
                    + kim
                    + "\"}]}",
                JSON));
    String gid = group.getString("id");
    assertThat(only(ping.get("/Groups", JSON)).getString("displayName")).isEqualTo("Finance");

    // Group update method PUT: the name and the full member list.
    Http.Response renamed =
        ping.put(
            "/Groups/" + gid,
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"id":"%s",
             "displayName":"Finance EU","members":[{"value":"%s"},{"value":"%s"}]}
            """
                .formatted(gid, kim, id),
            JSON);
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(renamed.json().getString("displayName")).isEqualTo("Finance EU");
    assertThat(memberIds(ping, gid)).containsExactlyInAnyOrder(kim, id);
    // Group update method PATCH.
    Http.Response removed =
        ping.patch(
            "/Groups/" + gid,
            patchOps("[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + kim + "\\\"]\"}]"),
            JSON);
    assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
    assertThat(memberIds(ping, gid)).containsExactly(id);

    assertThat(ping.delete("/Groups/" + gid, JSON).status()).isEqualTo(204);
    assertList(ping.get("/Groups", JSON), 0);
    // Remove User Action "Delete".
    assertThat(ping.delete("/Users/" + id, JSON).status()).isEqualTo(204);
    assertScimError(ping.get("/Users/" + id, JSON), 404, null);
    assertList(ping.get("/Users" + filter("userName eq \"jsmith\""), JSON), 0);
  }

  // Source: JumpCloud support, "Identity Management using a Custom SCIM Integration" (test user and
  // test group, group rules) and the JumpCloud PUT samples in the scim_v2 crate's provider
  // fixtures;
  // the member-removal form is the one third-party guides report for JumpCloud.
  @Test
  void jumpCloudLifecycle() {
    ScimClient jc = ScimClient.newTenant();

    // "Test Connection": a test user and a test group are created, then deleted.
    String testUser =
        assertCreated(
                jc.post(
                    "/Users",
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                        + "\"userName\":\"jctest@jc.example\",\"active\":true}",
                    JSON))
            .getString("id");
    String testGroup =
        assertCreated(
                jc.post(
                    "/Groups",
                    "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                        + "\"displayName\":\"JumpCloud Test Group\"}",
                    JSON))
            .getString("id");
    assertThat(jc.delete("/Groups/" + testGroup, JSON).status()).isEqualTo(204);
    assertThat(jc.delete("/Users/" + testUser, JSON).status()).isEqualTo(204);

    assertList(jc.get("/Users" + filter("userName eq \"john.doe@jc.example\""), JSON), 0);
    JsonObject user =
        assertCreated(
            jc.post(
                "/Users",
                """
                {"active":true,"addresses":[],"displayName":"John Doe",
                 "emails":[{"primary":true,"type":"work","value":"john.doe@jc.example"}],
                 "externalId":"664447f5c0c418f2d05e5318","locale":"en-US",
                 "name":{"familyName":"Doe","givenName":"John"},"phoneNumbers":[],
                 "photos":[{"value":"https://img.jc.example/john.png"}],"preferredLanguage":"en-US",
                 "schemas":["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                   "urn:ietf:params:scim:schemas:core:2.0:User"],
                 "title":"Captain",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"C-Suite"},
                 "userName":"john.doe@jc.example"}
                """,
                JSON));
    String id = user.getString("id");
    assertThat(user.getJsonObject(ENTERPRISE).getString("department")).isEqualTo("C-Suite");

    // JumpCloud's minimal PUT: emails explicitly null, which clears them.
    Http.Response minimal =
        jc.put(
            "/Users/" + id,
            """
            {"active":true,"emails":null,"id":"%s",
             "name":{"familyName":"Doe","givenName":"Johnny"},
             "schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "userName":"john.doe@jc.example"}
            """
                .formatted(id),
            JSON);
    assertThat(minimal.status()).as(minimal.toString()).isEqualTo(200);
    assertThat(minimal.json().containsKey("emails")).isFalse();
    assertThat(minimal.json().getJsonObject("name").getString("givenName")).isEqualTo("Johnny");

    // Empty groups are not created: the group arrives with its first member, and an existing group
    // of the same name is taken over (found by displayName).
    assertList(jc.get("/Groups" + filter("displayName eq \"Engineering\""), JSON), 0);
    String mia = jc.createUser("mia@jc.example");
    String gid =
        assertCreated(
                jc.post(
                    "/Groups",
                    """
                    {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],
                     "displayName":"Engineering","members":[{"value":"%s"}]}
                    """
                        .formatted(id),
                    JSON))
            .getString("id");
    assertThat(
            only(jc.get("/Groups" + filter("displayName eq \"engineering\""), JSON))
                .getString("id"))
        .isEqualTo(gid);
    Http.Response add =
        jc.patch(
            "/Groups/" + gid,
            patchOps(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + mia + "\"}]}]"),
            JSON);
    assertThat(add.status()).as(add.toString()).isEqualTo(204);
    Http.Response remove =
        jc.patch(
            "/Groups/" + gid,
            patchOps(
                "[{\"op\":\"remove\",\"path\":\"members\",\"value\":[{\"value\":\""
                    + id
                    + "\"}]}]"),
            JSON);
    assertThat(remove.status()).as(remove.toString()).isEqualTo(204);
    assertThat(memberIds(jc, gid)).containsExactly(mia);
    Http.Response rename =
        jc.patch(
            "/Groups/" + gid,
            patchOps(
                "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Engineering EU\"}]"),
            JSON);
    assertThat(rename.status()).as(rename.toString()).isEqualTo(204);
    assertThat(jc.get("/Groups/" + gid, JSON).json().getString("displayName"))
        .isEqualTo("Engineering EU");
    assertThat(memberIds(jc, gid)).containsExactly(mia);

    // Deprovisioning makes the user inactive (a full PUT), deletion removes it.
    Http.Response inactive =
        jc.put(
            "/Users/" + id,
            """
            {"active":false,"id":"%s","name":{"familyName":"Doe","givenName":"Johnny"},
             "schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "userName":"john.doe@jc.example"}
            """
                .formatted(id),
            JSON);
    assertThat(inactive.status()).as(inactive.toString()).isEqualTo(200);
    assertThat(inactive.json().getBoolean("active")).isFalse();
    assertThat(
            only(jc.get("/Users" + filter("userName eq \"john.doe@jc.example\""), JSON))
                .getBoolean("active"))
        .isFalse();
    assertThat(jc.delete("/Groups/" + gid, JSON).status()).isEqualTo(204);
    assertThat(jc.delete("/Users/" + id, JSON).status()).isEqualTo(204);
    assertScimError(jc.get("/Users/" + id, JSON), 404, null);
  }

  // Source: Google documents no wire format for auto-provisioning; the probe and the
  // delete-on-deprovision step follow the authn.sh guide "SCIM 2.0 with Google Workspace", the
  // other steps use RFC 7644 forms.
  @Test
  void googleWorkspaceLifecycle() {
    ScimClient google = ScimClient.newTenant();
    JsonObject probe = assertList(google.get("/Users?count=1", JSON), 0);
    assertThat(probe.getInt("itemsPerPage")).isZero();

    assertList(google.get("/Users" + filter("userName eq \"ana@gw.example\""), JSON), 0);
    JsonObject user =
        assertCreated(
            google.post(
                "/Users",
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "userName":"ana@gw.example","active":true,
                 "name":{"givenName":"Ana","familyName":"Lima"},
                 "emails":[{"value":"ana@gw.example","type":"work","primary":true}]}
                """,
                JSON));
    String id = user.getString("id");
    google.createUser("bo@gw.example");
    JsonObject page = google.get("/Users?count=1", JSON).json();
    assertThat(page.getInt("totalResults")).isEqualTo(2);
    assertThat(page.getInt("itemsPerPage")).isEqualTo(1);
    assertThat(page.getJsonArray("Resources")).hasSize(1);

    Http.Response renamed =
        google.patch(
            "/Users/" + id,
            patchOps(
                """
                [{"op":"replace","path":"name.familyName","value":"Lima Souza"},
                 {"op":"replace","path":"emails[type eq \\"work\\"].value","value":"ana.souza@gw.example"}]
                """),
            JSON);
    assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    assertThat(renamed.json().getJsonObject("name").getString("givenName")).isEqualTo("Ana");
    assertThat(renamed.json().getJsonObject("name").getString("familyName"))
        .isEqualTo("Lima Souza");

    // Suspended in Workspace: inactive, still readable.
    Http.Response suspended =
        google.patch(
            "/Users/" + id,
            patchOps("[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]"),
            JSON);
    assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
    assertThat(suspended.json().getBoolean("active")).isFalse();
    assertThat(google.get("/Users/" + id, JSON).json().getBoolean("active")).isFalse();

    // Deprovisioning set to "Delete the user".
    assertThat(google.delete("/Users/" + id, JSON).status()).isEqualTo(204);
    assertScimError(google.get("/Users/" + id, JSON), 404, null);
    assertList(google.get("/Users" + filter("userName eq \"ana@gw.example\""), JSON), 0);
  }

  // Source: OneLogin app "SCIM Provisioner with SAML (SCIM v2 Enterprise)": bodies come from the
  // admin's "SCIM JSON Template" (as published in vendor setup guides, e.g. Living Security's and
  // Templafy's), so unset parameters arrive as empty strings. OneLogin documents no wire format for
  // updates and group pushes; those steps use RFC 7644 forms.
  @Test
  void oneLoginLifecycle() {
    ScimClient onelogin = ScimClient.newTenant();
    String boss = onelogin.createUser("boss@ol.example");
    assertList(onelogin.get("/Users" + filter("userName eq \"lee@ol.example\""), JSON), 0);

    String template =
        """
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
           "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
         "userName":"lee@ol.example","externalId":"lee@ol.example",
         "name":{"familyName":"Lee","givenName":"%s","formatted":"%s Lee"},
         "displayName":"%s Lee","title":"","userType":"","timezone":"","preferredLanguage":"",
         "emails":[{"value":"lee@ol.example","type":"work","primary":true}],
         "phoneNumbers":[{"value":"","type":"work"},{"value":"","type":"mobile"}],
         "addresses":[{"locality":"","region":"","country":""}],
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{
           "organization":"","division":"","department":"Eng",
           "manager":{"value":"%s","displayName":"%s"}}%s}
        """;
    JsonObject user =
        assertCreated(
            onelogin.post("/Users", template.formatted("Kai", "Kai", "Kai", "", " ", ""), JSON));
    String id = user.getString("id");
    assertThat(user.getString("userName")).isEqualTo("lee@ol.example");
    assertThat(user.getJsonObject(ENTERPRISE).getString("department")).isEqualTo("Eng");
    assertThat(user.getJsonObject(ENTERPRISE).containsKey("manager"))
        .as("a manager with an empty id is no manager: %s", user)
        .isFalse();
    assertThat(
            only(onelogin.get("/Users" + filter("userName eq \"lee@ol.example\""), JSON))
                .getString("id"))
        .isEqualTo(id);

    // The same template, now with a manager and a new first name.
    Http.Response update =
        onelogin.put(
            "/Users/" + id, template.formatted("Kay", "Kay", "Kay", boss, "Big Boss", ""), JSON);
    assertThat(update.status()).as(update.toString()).isEqualTo(200);
    assertThat(update.json().getJsonObject("name").getString("givenName")).isEqualTo("Kay");
    assertThat(update.json().getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"))
        .isEqualTo(boss);

    // Vendor guides give the base URL with a trailing '/', so paths may arrive as ".../v2//Users".
    Http.Response slash =
        Http.send(
            "GET",
            ScimClient.SCIM + "//Users" + filter("userName eq \"lee@ol.example\""),
            null,
            "Authorization",
            onelogin.tenant.auth(),
            "Accept",
            "application/json");
    assertThat(only(slash).getString("id")).isEqualTo(id);

    String gid = onelogin.createGroup("OneLogin Role Eng");
    Http.Response add =
        onelogin.patch(
            "/Groups/" + gid,
            patchOps(
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]}]"),
            JSON);
    assertThat(add.status()).as(add.toString()).isEqualTo(204);
    assertThat(memberIds(onelogin, gid)).containsExactly(id);

    // Suspend: the template with active false.
    Http.Response suspend =
        onelogin.put(
            "/Users/" + id,
            template.formatted("Kay", "Kay", "Kay", boss, "Big Boss", ",\"active\":false"),
            JSON);
    assertThat(suspend.status()).as(suspend.toString()).isEqualTo(200);
    assertThat(suspend.json().getBoolean("active")).isFalse();
    assertThat(memberIds(onelogin, gid)).containsExactly(id);

    assertThat(onelogin.delete("/Users/" + id, JSON).status()).isEqualTo(204);
    assertScimError(onelogin.get("/Users/" + id, JSON), 404, null);
    assertThat(memberIds(onelogin, gid)).isEmpty();
  }
}
