package dev.roster.it;

import static dev.roster.it.IdpRequests.ENTERPRISE;
import static dev.roster.it.IdpRequests.SCIM_JSON_UTF8;
import static dev.roster.it.IdpRequests.assertCreated;
import static dev.roster.it.IdpRequests.assertList;
import static dev.roster.it.IdpRequests.assertScimError;
import static dev.roster.it.IdpRequests.filter;
import static dev.roster.it.IdpRequests.memberIds;
import static dev.roster.it.IdpRequests.only;
import static dev.roster.it.ScimClient.patchOps;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Request sequences as Okta and Microsoft Entra ID send them: methods, paths, headers, query
 * strings and bodies of their documented requests, and the response fields they read.
 */
class IdpSequencesIT extends RosterDeployment {
  static final TestOidcProvider OIDC = new TestOidcProvider();

  @AfterAll
  static void stopProvider() {
    OIDC.close();
  }

  /** Okta sends these on every request. */
  private static final String[] OKTA = {
    "Accept", "application/scim+json", "Accept-Charset", "utf-8", "User-Agent", "Okta SCIM Client"
  };

  private static String[] oktaWithBody() {
    String[] h = java.util.Arrays.copyOf(OKTA, OKTA.length + 2);
    h[OKTA.length] = "Content-Type";
    h[OKTA.length + 1] = SCIM_JSON_UTF8;
    return h;
  }

  /** Entra's provisioning service sends these. */
  private static final String[] ENTRA = {
    "Accept", "application/scim+json", "Content-Type", "application/scim+json"
  };

  // Source: Okta developer docs, "Okta and SCIM Version 2.0" (user operations).
  @Test
  void oktaLifecycle() {
    ScimClient okta = ScimClient.newTenant();
    assertList(
        okta.get(
            "/Users" + filter("userName eq \"jane@okta.example\"") + "&startIndex=1&count=100",
            OKTA),
        0);

    Http.Response created =
        okta.post(
            "/Users",
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "userName":"jane@okta.example","name":{"givenName":"Jane","familyName":"Doe"},
             "emails":[{"primary":true,"value":"jane@okta.example","type":"work"}],
             "displayName":"Jane Doe","locale":"en-US","externalId":"00u1",
             "groups":[],"password":"Okta-Temp-Pass-1","active":true}
            """,
            oktaWithBody());
    JsonObject user = assertCreated(created);
    String id = user.getString("id");
    assertThat(user.getBoolean("active")).isTrue();
    assertThat(user.containsKey("password")).as("password is never returned").isFalse();

    Http.Response read = okta.get("/Users/" + id, OKTA);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getString("userName")).isEqualTo("jane@okta.example");
    assertList(okta.get("/Users?startIndex=1&count=100", OKTA), 1);

    // Okta reads a 409 as "already there" and then links the account by filter.
    assertScimError(
        okta.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"JANE@okta.example\",\"active\":true}",
            oktaWithBody()),
        409,
        "uniqueness");
    assertScimError(okta.get("/Users/" + UUID.randomUUID(), OKTA), 404, null);
    // Okta percent-encodes the whole filter; a '+' in a userName is a '+', not a space.
    String plus = okta.createUser("jane+test@okta.example");
    assertThat(
            only(okta.get("/Users" + filter("userName eq \"jane+test@okta.example\""), OKTA))
                .getString("id"))
        .isEqualTo(plus);

    Http.Response update =
        okta.put(
            "/Users/" + id,
            """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
             "id":"%s","userName":"jane@okta.example","name":{"givenName":"Janet","familyName":"Doe"},
             "emails":[{"primary":true,"value":"jane@okta.example","type":"work"}],
             "displayName":"Janet Doe","active":true,"groups":[],"meta":{"resourceType":"User"}}
            """
                .formatted(id),
            oktaWithBody());
    assertThat(update.status()).as(update.toString()).isEqualTo(200);
    assertThat(update.json().getJsonObject("name").getString("givenName")).isEqualTo("Janet");
    assertThat(update.json().getJsonObject("meta").getString("version"))
        .isNotEqualTo(user.getJsonObject("meta").getString("version"));

    Http.Response deactivate =
        okta.patch(
            "/Users/" + id,
            patchOps("[{\"op\":\"replace\",\"value\":{\"active\":false}}]"),
            oktaWithBody());
    assertThat(deactivate.status()).as(deactivate.toString()).isEqualTo(200);
    assertThat(deactivate.json().getBoolean("active")).isFalse();
    assertThat(deactivate.json().getString("displayName")).isEqualTo("Janet Doe");
    assertThat(ScimUsersIT.stored(id, "status")).isEqualTo("INACTIVE");
    // A deactivated user stays readable and findable: Okta reactivates by the id it finds.
    JsonObject found = only(okta.get("/Users" + filter("userName eq \"jane@okta.example\""), OKTA));
    assertThat(found.getString("id")).isEqualTo(id);
    assertThat(found.getBoolean("active")).isFalse();
    assertThat(okta.get("/Users/" + id, OKTA).json().getBoolean("active")).isFalse();

    Http.Response reactivate =
        okta.patch(
            "/Users/" + id,
            patchOps("[{\"op\":\"replace\",\"value\":{\"active\":true}}]"),
            oktaWithBody());
    assertThat(reactivate.json().getBoolean("active")).isTrue();
    assertThat(ScimUsersIT.stored(id, "status")).isEqualTo("ACTIVE");

    // Password sync: a path-less replace of the password only.
    Http.Response password =
        okta.patch(
            "/Users/" + id,
            patchOps("[{\"op\":\"replace\",\"value\":{\"password\":\"N3w-Okta-Pass\"}}]"),
            oktaWithBody());
    assertThat(password.status()).as(password.toString()).isEqualTo(200);
    assertThat(password.json().containsKey("password")).isFalse();
    assertThat(password.json().getBoolean("active")).isTrue();
    assertThat(password.json().getJsonObject("name").getString("givenName")).isEqualTo("Janet");
  }

  // Source: Okta developer docs, "Okta and SCIM Version 2.0" (group operations, Group Push).
  @Test
  void oktaGroupPush() {
    ScimClient okta = ScimClient.newTenant();
    String jane = okta.createUser("jane@okta.example");
    String john = okta.createUser("john@okta.example");
    assertList(
        okta.get(
            "/Groups" + filter("displayName eq \"Okta Team\"") + "&startIndex=1&count=100", OKTA),
        0);

    JsonObject group =
        assertCreated(
            okta.post(
                "/Groups",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                    + "\"displayName\":\"Okta Team\",\"members\":[]}",
                oktaWithBody()));
    String gid = group.getString("id");
    assertThat(group.getString("displayName")).isEqualTo("Okta Team");

    Http.Response add =
        okta.patch(
            "/Groups/" + gid,
            patchOps(
                """
                [{"op":"add","path":"members","value":[
                  {"value":"%s","display":"jane@okta.example"},
                  {"value":"%s","display":"john@okta.example"}]}]
                """
                    .formatted(jane, john)),
            oktaWithBody());
    assertThat(add.status()).as(add.toString()).isEqualTo(204);
    assertThat(memberIds(okta, gid)).containsExactlyInAnyOrder(jane, john);

    Http.Response remove =
        okta.patch(
            "/Groups/" + gid,
            patchOps("[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + jane + "\\\"]\"}]"),
            oktaWithBody());
    assertThat(remove.status()).as(remove.toString()).isEqualTo(204);
    assertThat(memberIds(okta, gid)).containsExactly(john);

    // Okta renames with a path-less replace that echoes the id; members stay as they are.
    Http.Response rename =
        okta.patch(
            "/Groups/" + gid,
            patchOps(
                "[{\"op\":\"replace\",\"value\":{\"id\":\""
                    + gid
                    + "\",\"displayName\":\"Okta Team Renamed\"}}]"),
            oktaWithBody());
    assertThat(rename.status()).as(rename.toString()).isEqualTo(204);
    JsonObject renamed = okta.get("/Groups/" + gid, OKTA).json();
    assertThat(renamed.getString("displayName")).isEqualTo("Okta Team Renamed");
    assertThat(memberIds(okta, gid)).containsExactly(john);
    assertThat(only(okta.get("/Groups?startIndex=1&count=100", OKTA)).getString("displayName"))
        .isEqualTo("Okta Team Renamed");
    assertThat(
            okta.get("/Users/" + john, OKTA)
                .json()
                .getJsonArray("groups")
                .getJsonObject(0)
                .getString("display"))
        .isEqualTo("Okta Team Renamed");

    // Remove one and add another in one request, as Okta does when memberships shift.
    Http.Response shift =
        okta.patch(
            "/Groups/" + gid,
            patchOps(
                """
                [{"op":"remove","path":"members[value eq \\"%s\\"]"},
                 {"op":"add","path":"members","value":[{"value":"%s","display":"jane@okta.example"}]}]
                """
                    .formatted(john, jane)),
            oktaWithBody());
    assertThat(shift.status()).as(shift.toString()).isEqualTo(204);
    assertThat(memberIds(okta, gid)).containsExactly(jane);

    assertThat(okta.delete("/Groups/" + gid, OKTA).status()).isEqualTo(204);
    assertScimError(okta.get("/Groups/" + gid, OKTA), 404, null);
    assertThat(okta.get("/Users/" + jane, OKTA).json().containsKey("groups"))
        .as("a deleted group leaves no membership behind")
        .isFalse();
    assertList(okta.get("/Groups?startIndex=1&count=100", OKTA), 0);
  }

  // Source: Microsoft Learn, "Tutorial: Develop and plan provisioning for a SCIM endpoint in
  // Microsoft Entra ID" and "Known issues and resolutions with SCIM 2.0 protocol compliance".
  @Test
  void entraLifecycle() {
    ScimClient entra = ScimClient.newTenant();
    String probe = UUID.randomUUID().toString();
    assertList(entra.get("/Users" + filter("userName eq \"" + probe + "\""), ENTRA), 0);

    JsonObject user =
        assertCreated(
            entra.post(
                "/Users",
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                   "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "externalId":"entra-1","userName":"Sam@Contoso.example","active":true,
                 "displayName":"Sam","emails":[{"primary":true,"type":"work","value":"sam@contoso.example"}],
                 "meta":{"resourceType":"User"},"name":{"formatted":"Sam S","familyName":"S","givenName":"Sam"},
                 "roles":[],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Sales"}}
                """,
                ENTRA));
    String id = user.getString("id");
    assertThat(
            only(entra.get("/Users" + filter("externalId eq \"entra-1\""), ENTRA)).getString("id"))
        .isEqualTo(id);
    // Entra matches userName case-insensitively.
    assertThat(
            only(entra.get("/Users" + filter("userName eq \"sam@contoso.example\""), ENTRA))
                .getString("id"))
        .isEqualTo(id);
    assertScimError(
        entra.post(
            "/Users",
            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                + "\"userName\":\"sam@contoso.example\",\"active\":true}",
            ENTRA),
        409,
        "uniqueness");

    Http.Response patched =
        entra.patch(
            "/Users/" + id,
            patchOps(
                """
                [{"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"sam2@contoso.example"},
                 {"op":"Add","path":"title","value":"Rep"},
                 {"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Marketing"},
                 {"op":"Replace","path":"name.givenName","value":"Samuel"}]
                """),
            ENTRA);
    assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    JsonObject after = patched.json();
    assertThat(after.getString("title")).isEqualTo("Rep");
    assertThat(after.getJsonArray("emails")).hasSize(1);
    assertThat(after.getJsonArray("emails").getJsonObject(0).getString("value"))
        .isEqualTo("sam2@contoso.example");
    assertThat(after.getJsonObject(ENTERPRISE).getString("department")).isEqualTo("Marketing");
    assertThat(after.getJsonObject("name").getString("givenName")).isEqualTo("Samuel");
    assertThat(after.getJsonObject("name").getString("familyName")).isEqualTo("S");
    assertThat(after.getString("displayName")).isEqualTo("Sam");
    assertThat(after.getBoolean("active")).isTrue();

    // Entra adds through a value filter that matches nothing yet: the value is created.
    Http.Response phone =
        entra.patch(
            "/Users/" + id,
            patchOps(
                """
                [{"op":"Add","path":"phoneNumbers[type eq \\"mobile\\"].value","value":"+1 555 0100"},
                 {"op":"Add","path":"addresses[type eq \\"work\\"].locality","value":"Redmond"}]
                """),
            ENTRA);
    assertThat(phone.status()).as(phone.toString()).isEqualTo(200);
    JsonObject mobile = phone.json().getJsonArray("phoneNumbers").getJsonObject(0);
    assertThat(mobile.getString("type")).isEqualTo("mobile");
    assertThat(mobile.getString("value")).isEqualTo("+1 555 0100");
    JsonObject work = phone.json().getJsonArray("addresses").getJsonObject(0);
    assertThat(work.getString("type")).isEqualTo("work");
    assertThat(work.getString("locality")).isEqualTo("Redmond");

    // App roles arrive with string booleans.
    Http.Response roles =
        entra.patch(
            "/Users/" + id,
            patchOps(
                """
                [{"op":"Add","path":"roles","value":[{"primary":"True","type":"WindowsAzureActiveDirectoryRole","value":"Editor"}]}]
                """),
            ENTRA);
    assertThat(roles.status()).as(roles.toString()).isEqualTo(200);
    assertThat(roles.json().getJsonArray("roles").getJsonObject(0).getBoolean("primary")).isTrue();

    // Entra sends the manager as the bare id of another user.
    String boss = entra.createUser("boss@contoso.example");
    Http.Response manager =
        entra.patch(
            "/Users/" + id,
            patchOps(
                "[{\"op\":\"Add\",\"path\":\""
                    + ENTERPRISE
                    + ":manager\",\"value\":\""
                    + boss
                    + "\"}]"),
            ENTRA);
    assertThat(manager.status()).as(manager.toString()).isEqualTo(200);
    assertThat(manager.json().getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"))
        .isEqualTo(boss);
    Http.Response noManager =
        entra.patch(
            "/Users/" + id,
            patchOps("[{\"op\":\"Remove\",\"path\":\"" + ENTERPRISE + ":manager\"}]"),
            ENTRA);
    assertThat(noManager.status()).as(noManager.toString()).isEqualTo(200);
    assertThat(noManager.json().getJsonObject(ENTERPRISE).containsKey("manager")).isFalse();
    assertThat(noManager.json().getJsonObject(ENTERPRISE).getString("department"))
        .isEqualTo("Marketing");

    // Without the aadOptscim062020 flag Entra sends booleans as strings.
    Http.Response disabled =
        entra.patch(
            "/Users/" + id,
            patchOps("[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]"),
            ENTRA);
    assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
    assertThat(disabled.json().getBoolean("active")).isFalse();
    assertThat(disabled.json().getString("title")).isEqualTo("Rep");
    JsonObject stillThere =
        only(entra.get("/Users" + filter("userName eq \"Sam@Contoso.example\""), ENTRA));
    assertThat(stillThere.getBoolean("active")).isFalse();
    assertThat(only(entra.get("/Users" + filter("active eq false"), ENTRA)).getString("id"))
        .isEqualTo(id);

    assertThat(entra.delete("/Users/" + id, ENTRA).status()).isEqualTo(204);
    assertScimError(entra.get("/Users/" + id, ENTRA), 404, null);
    assertScimError(entra.delete("/Users/" + id, ENTRA), 404, null);
    assertList(entra.get("/Users" + filter("userName eq \"Sam@Contoso.example\""), ENTRA), 0);
  }

  // Source: Microsoft Learn, "Known issues and resolutions with SCIM 2.0 protocol compliance"
  // (app roles with AppRoleAssignmentsComplex; the manager without the aadOptscim062020 flag).
  @Test
  void entraAppRolesAreMappedAndTheManagerIsSetWithoutTheComplianceFlag() {
    AdminClient admin = AdminClient.newOrganization();
    String token = admin.enableScim(OIDC);
    AdminClient.ok(
        admin.post(
            "/provisioning/role-mappings",
            "{\"source\":\"ROLE\",\"idpValue\":\"Admin\",\"role\":\"Editor\"}"));
    ScimClient entra =
        new ScimClient(
            new Fixtures.ScimTenant(UUID.fromString(admin.organizationId), admin.slug, token));

    // The PATCH form: the role as a JSON string inside value.
    JsonObject user =
        assertCreated(
            entra.post(
                "/Users",
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "externalId":"entra-roles-1","userName":"ana@contoso.example","active":true,
                 "roles":[]}
                """,
                ENTRA));
    String id = user.getString("id");
    assertThat(admin.get("/users/" + id).json().getString("role")).isEqualTo("Viewer");
    Http.Response added =
        entra.patch(
            "/Users/" + id,
            patchOps(IdpRequests.entraAppRoleAdd(UUID.randomUUID().toString(), "Admin", "Admin")),
            ENTRA);
    assertThat(added.status()).as(added.toString()).isEqualTo(200);
    JsonObject read = entra.get("/Users/" + id, ENTRA).json();
    assertThat(read.getJsonArray("roles")).hasSize(1);
    JsonObject role = read.getJsonArray("roles").getJsonObject(0);
    assertThat(role.getString("value")).isEqualTo("Admin");
    assertThat(role.getString("display")).isEqualTo("Admin");
    assertThat(role.containsKey("id")).isFalse();
    JsonObject person = admin.get("/users/" + id).json();
    assertThat(person.getString("role")).isEqualTo("Editor");
    assertThat(person.getJsonObject("roleExplanation").getString("reason")).isEqualTo("MAPPING");

    // The POST form: ordinary role objects, mapped alike.
    JsonObject posted =
        assertCreated(
            entra.post(
                "/Users",
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "externalId":"entra-roles-2","userName":"ben@contoso.example","active":true,
                 "roles":[{"primary":"True","type":"WindowsAzureActiveDirectoryRole",
                           "display":"Admin","value":"Admin"}]}
                """,
                ENTRA));
    assertThat(admin.get("/users/" + posted.getString("id")).json().getString("role"))
        .isEqualTo("Editor");

    // The manager as path "manager" and a one-item array of references.
    String boss = entra.createUser("boss@contoso.example");
    Http.Response manager =
        entra.patch("/Users/" + id, patchOps(IdpRequests.entraManagerAdd(boss)), ENTRA);
    assertThat(manager.status()).as(manager.toString()).isEqualTo(200);
    JsonObject withManager = entra.get("/Users/" + id, ENTRA).json();
    assertThat(withManager.getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"))
        .isEqualTo(boss);
    assertThat(withManager.containsKey("manager")).isFalse();
    assertThat(withManager.getJsonArray("roles").getJsonObject(0).getString("value"))
        .isEqualTo("Admin");
  }

  // Source: Microsoft Learn, "Tutorial: Develop and plan provisioning for a SCIM endpoint in
  // Microsoft Entra ID" (groups) and "Known issues and resolutions with SCIM 2.0 protocol
  // compliance" (members[value eq] removal).
  @Test
  void entraGroups() {
    ScimClient entra = ScimClient.newTenant();
    String sam = entra.createUser("sam@contoso.example");
    String kim = entra.createUser("kim@contoso.example");
    assertList(
        entra.get(
            "/Groups?excludedAttributes=members&" + filter("displayName eq \"Sales\"").substring(1),
            ENTRA),
        0);

    JsonObject group =
        assertCreated(
            entra.post(
                "/Groups",
                """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group",
                   "http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"],
                 "externalId":"8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159","displayName":"Sales",
                 "meta":{"resourceType":"Group"},"members":[]}
                """,
                ENTRA));
    String gid = group.getString("id");

    Http.Response add =
        entra.patch(
            "/Groups/" + gid,
            patchOps(
                """
                [{"op":"Add","path":"members","value":[{"$ref":null,"value":"%s"},{"$ref":null,"value":"%s"}]}]
                """
                    .formatted(sam, kim)),
            ENTRA);
    assertThat(add.status()).as(add.toString()).isEqualTo(204);
    assertThat(memberIds(entra, gid)).containsExactlyInAnyOrder(sam, kim);
    // Adding a member again is not an error: Entra retries after timeouts.
    assertThat(
            entra
                .patch(
                    "/Groups/" + gid,
                    patchOps(
                        "[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\""
                            + sam
                            + "\"}]}]"),
                    ENTRA)
                .status())
        .isEqualTo(204);

    Http.Response removeByFilter =
        entra.patch(
            "/Groups/" + gid,
            patchOps("[{\"op\":\"Remove\",\"path\":\"members[value eq \\\"" + sam + "\\\"]\"}]"),
            ENTRA);
    assertThat(removeByFilter.status()).as(removeByFilter.toString()).isEqualTo(204);
    assertThat(memberIds(entra, gid)).containsExactly(kim);
    // The older form names the member in the value.
    Http.Response removeByValue =
        entra.patch(
            "/Groups/" + gid,
            patchOps(
                "[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\""
                    + kim
                    + "\"}]}]"),
            ENTRA);
    assertThat(removeByValue.status()).as(removeByValue.toString()).isEqualTo(204);
    assertThat(memberIds(entra, gid)).isEmpty();

    Http.Response rename =
        entra.patch(
            "/Groups/" + gid,
            patchOps("[{\"op\":\"Replace\",\"path\":\"displayName\",\"value\":\"Sales EMEA\"}]"),
            ENTRA);
    assertThat(rename.status()).as(rename.toString()).isEqualTo(204);
    JsonObject slim = entra.get("/Groups/" + gid + "?excludedAttributes=members", ENTRA).json();
    assertThat(slim.containsKey("members")).isFalse();
    assertThat(slim.getString("displayName")).isEqualTo("Sales EMEA");
    assertThat(slim.getString("externalId")).isEqualTo("8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159");
    JsonObject listed =
        only(
            entra.get(
                "/Groups?excludedAttributes=members&"
                    + filter("displayName eq \"Sales EMEA\"").substring(1),
                ENTRA));
    assertThat(listed.getString("id")).isEqualTo(gid);
    assertThat(listed.containsKey("members")).isFalse();

    assertThat(entra.delete("/Groups/" + gid, ENTRA).status()).isEqualTo(204);
    assertScimError(entra.get("/Groups/" + gid, ENTRA), 404, null);
  }
}
