package dev.roster.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Fixtures;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import org.junit.jupiter.api.Test;

/** Admin sign-in, the platform API that creates organizations, and the admin API's guard. */
class AdminSignInIT extends RosterDeployment {

  @Test
  void aNonAdminWithTheRightPasswordIsRefusedWithTheReason() {
    AdminClient admin = AdminClient.newOrganization();
    String editor = "editor@" + admin.slug + ".example";
    Fixtures.localUser(admin.organizationId, editor, "EDITOR", admin.email);
    Http.Response r = AdminClient.signInResponse(admin.slug, editor, AdminClient.PASSWORD);
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().getString("detail")).contains("Only Admins").contains("Editor");
    assertThat(AdminClient.signInResponse(admin.slug, editor, "wrong").status()).isEqualTo(401);
  }

  @Test
  void signInReturnsAShortLivedBearerJwt() {
    AdminClient admin = AdminClient.newOrganization();
    Http.Response r = AdminClient.signInResponse(admin.slug, admin.email, AdminClient.PASSWORD);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().getString("token_type")).isEqualTo("Bearer");
    assertThat(r.json().getInt("expires_in")).isBetween(60, 3600);
    assertThat(r.json().getString("access_token").split("\\.")).hasSize(3);
    assertThat(admin.get("/roles").status()).isEqualTo(200);
  }

  @Test
  void wrongPasswordAndUnknownEmailAnswerTheSame401() {
    AdminClient admin = AdminClient.newOrganization();
    Http.Response wrongPassword =
        AdminClient.signInResponse(admin.slug, admin.email, "not the password");
    Http.Response unknownEmail =
        AdminClient.signInResponse(admin.slug, "nobody@x.example", "whatever");
    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownEmail.status()).isEqualTo(401);
    assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
  }

  @Test
  void repeatedFailuresAreSlowedDown() {
    AdminClient admin = AdminClient.newOrganization();
    for (int i = 0; i < 5; i++) {
      assertThat(AdminClient.signInResponse(admin.slug, admin.email, "guess" + i).status())
          .isEqualTo(401);
    }
    // Even the right password must wait now.
    Http.Response next = AdminClient.signInResponse(admin.slug, admin.email, AdminClient.PASSWORD);
    assertThat(next.status()).isEqualTo(429);
    assertThat(next.header("Retry-After")).isNotNull();
    assertThat(next.json().getString("detail")).contains("Too many");
  }

  @Test
  void adminApiRequiresAValidToken() {
    assertThat(Http.get("/api/admin/v1/provisioning").status()).isEqualTo(401);
    Http.Response forged =
        Http.get("/api/admin/v1/provisioning", "Authorization", "Bearer eyJhbGciOiJub25lIn0.e30.");
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.json().getString("detail")).contains("Sign in");
  }

  @Test
  void rolesAreRankedAdminEditorViewer() {
    Http.Response r = AdminClient.newOrganization().get("/roles");
    assertThat(r.array().getJsonObject(0).getString("name")).isEqualTo("Admin");
    assertThat(r.array().getJsonObject(0).getInt("rank")).isEqualTo(1);
    assertThat(r.array().getJsonObject(2).getString("name")).isEqualTo("Viewer");
  }

  @Test
  void platformApiNeedsTheKeyAndRefusesATakenSlug() {
    AdminClient admin = AdminClient.newOrganization();
    String body =
        "{\"slug\":\""
            + admin.slug
            + "\",\"name\":\"x\",\"adminEmail\":\"a@b.example\","
            + "\"adminPassword\":\"a-long-enough-password\"}";
    assertThat(Http.postJson("/api/platform/v1/organizations", body).status()).isEqualTo(401);
    assertThat(
            Http.postJson("/api/platform/v1/organizations", body, "Authorization", "Bearer wrong")
                .status())
        .isEqualTo(401);
    Http.Response taken =
        Http.postJson(
            "/api/platform/v1/organizations",
            body,
            "Authorization",
            "Bearer " + AdminClient.PLATFORM_KEY);
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().getString("detail")).contains("already taken");
  }
}
