package dev.roster.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.RosterDeployment;
import org.junit.jupiter.api.Test;

/** ROSTER_BOOTSTRAP_* create the configured organization and its first admin on start. */
class BootstrapIT extends RosterDeployment {

  @Test
  void configuredOrganizationAndAdminExist() {
    String token =
        AdminClient.signIn("bootstrapped", "first@bootstrapped.example", "bootstrap-password-1");
    assertThat(token).isNotBlank();
  }
}
