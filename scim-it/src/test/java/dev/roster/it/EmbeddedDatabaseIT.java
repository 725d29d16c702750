package dev.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;

/**
 * Runs Roster on its embedded default database, as the README's run command does, so that path
 * never rots.
 */
class EmbeddedDatabaseIT extends RosterDeployment {

  @Test
  void startsMigratesAndBootstrapsOnTheEmbeddedDatabase() {
    Http.Response ready = Http.get(Http.MANAGEMENT + "/health/ready");
    assertThat(ready.body()).contains("\"name\":\"database\"");
    assertThat(ready.status()).isEqualTo(200);

    assertThat(Http.get("/scim/v2/ServiceProviderConfig").status()).isEqualTo(200);
    assertThat(Http.get("/console/signin").body()).contains("Sign in");

    Path dataDir = Path.of(System.getProperty("roster.it.data"), "embedded");
    assertThat(dataDir.resolve("roster.mv.db")).exists();
    assertThat(dataDir.resolve("initial-admin-password.txt")).exists();
  }

  @Test
  void anIdpProvisionsUsersAndGroupsOnTheEmbeddedDatabase() {
    AdminClient admin = AdminClient.newOrganization();
    try (TestOidcProvider oidc = new TestOidcProvider()) {
      ScimClient scim =
          new ScimClient(
              new Fixtures.ScimTenant(
                  java.util.UUID.fromString(admin.organizationId),
                  admin.slug,
                  admin.enableScim(oidc)));
      String user =
          scim.createUser(
              "embedded@x.example",
              "\"emails\":[{\"value\":\"E@x.example\",\"type\":\"work\",\"primary\":true}]");
      String group = scim.createGroup("Embedded Group", user);
      assertThat(
              scim.get("/Users?filter=userName%20eq%20%22EMBEDDED@x.example%22")
                  .json()
                  .getInt("totalResults"))
          .isEqualTo(1);
      assertThat(
              scim.get("/Users?filter=emails%5Btype%20eq%20%22work%22%5D")
                  .json()
                  .getInt("totalResults"))
          .isEqualTo(1);
      assertThat(scim.get("/Users/" + user).json().getJsonArray("groups").toString())
          .contains(group);
      String remove =
          "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
              + "\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\""
              + user
              + "\\\"]\"}]}";
      assertThat(scim.patch("/Groups/" + group, remove).status()).isBetween(200, 204);
      String off =
          "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
              + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}";
      assertThat(scim.patch("/Users/" + user, off).status()).isEqualTo(200);
      assertThat(admin.get("/users/" + user).json().getString("status")).isEqualTo("INACTIVE");
      assertThat(scim.delete("/Users/" + user).status()).isEqualTo(204);
      assertThat(scim.get("/Users/" + user).status()).isEqualTo(404);
    }
  }

  /** Keyset pages rely on row comparisons and explicit null placement: H2 must agree. */
  @Test
  void cursorPagesWalkUsersOnTheEmbeddedDatabase() {
    AdminClient admin = AdminClient.newOrganization();
    try (TestOidcProvider oidc = new TestOidcProvider()) {
      ScimClient scim =
          new ScimClient(
              new Fixtures.ScimTenant(
                  java.util.UUID.fromString(admin.organizationId),
                  admin.slug,
                  admin.enableScim(oidc)));
      for (int i = 0; i < 7; i++) {
        scim.createUser("paged" + i, i % 2 == 0 ? "\"displayName\":\"Paged " + (7 - i) + "\"" : "");
      }
      for (String path :
          new String[] {
            "/Users?count=2",
            "/Users?count=2&sortBy=displayName",
            "/Users?count=2&sortBy=displayName&sortOrder=descending",
            "/Users?count=2&sortBy=userName&sortOrder=descending"
          }) {
        java.util.List<CursorPages.Page> pages = CursorPages.forward(scim, path, 2);
        java.util.List<String> walked = CursorPages.ids(pages);
        // The seven and the organization's admin.
        assertThat(walked).as(path).hasSize(8).doesNotHaveDuplicates();
        java.util.List<String> indexed = new java.util.ArrayList<>();
        scim.get(path.replace("count=2", "count=10"))
            .json()
            .getJsonArray("Resources")
            .forEach(v -> indexed.add(v.asJsonObject().getString("id")));
        assertThat(walked).as(path).isEqualTo(indexed);
        CursorPages.backward(scim, path, pages);
      }
    }
  }

  @Test
  void initialPasswordFileIsReadableOnlyByItsOwner() throws Exception {
    Path file =
        Path.of(System.getProperty("roster.it.data"), "embedded", "initial-admin-password.txt");
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.readString(file)).contains("email=admin@localhost").contains("password=");
  }
}
