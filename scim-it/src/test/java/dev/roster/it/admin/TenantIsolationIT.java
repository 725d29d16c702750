package dev.roster.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Fixtures;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An admin of one organization gets 404 for anything of another, and changes nothing there. */
class TenantIsolationIT extends RosterDeployment {

  @Test
  void adminCannotReachAnotherOrganizationsThings() {
    AdminClient a = AdminClient.newOrganization();
    AdminClient b = AdminClient.newOrganization();
    String bToken = b.createToken("b-token").getString("id");
    String bMapping =
        b.post(
                "/provisioning/role-mappings",
                "{\"source\":\"ROLE\",\"idpValue\":\"x\",\"role\":\"Editor\"}")
            .json()
            .getString("id");
    UUID bUser = Fixtures.scimUser(b.organizationId, "b-user@x.example");

    assertThat(a.delete("/provisioning/tokens/" + bToken).status()).isEqualTo(404);
    assertThat(a.delete("/provisioning/role-mappings/" + bMapping).status()).isEqualTo(404);
    assertThat(a.get("/users/" + bUser).status()).isEqualTo(404);
    assertThat(a.post("/users/" + bUser + "/activate", null).status()).isEqualTo(404);
    assertThat(a.get("/audit-events?userId=" + bUser).array()).isEmpty();
    assertThat(a.get("/users?search=b-user").json().getInt("total")).isZero();
    assertThat(a.get("/provisioning/tokens").body()).doesNotContain(bToken);
    assertThat(a.get("/provisioning/role-mappings").body()).doesNotContain(bMapping);

    assertThat(b.get("/provisioning/tokens").body()).contains("\"status\":\"ACTIVE\"");
    assertThat(b.get("/provisioning/role-mappings").body()).contains(bMapping);
  }

  @Test
  void malformedIdsAre404NotErrors() {
    AdminClient a = AdminClient.newOrganization();
    assertThat(a.get("/users/not-a-uuid").status()).isEqualTo(404);
    assertThat(a.delete("/provisioning/tokens/123").status()).isEqualTo(404);
  }

  @Test
  void brokenJsonIs400WithADetail() {
    AdminClient a = AdminClient.newOrganization();
    Http.Response r = a.put("/provisioning", "{\"identityProvider\": ");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().getString("detail")).isNotBlank();
    Http.Response wrongType = a.put("/provisioning", "{\"autoActivateUsers\":\"yes\"}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.json().getString("detail")).contains("autoActivateUsers");
  }
}
