package dev.roster.it.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Fixtures;
import dev.roster.it.Http;
import dev.roster.it.RosterDeployment;
import dev.roster.it.TestOidcProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * No token value or client secret in the server log, in responses after creation, or in any
 * database column in clear.
 */
class SecretHygieneIT extends RosterDeployment {

  @Test
  void secretsAppearNowhereAfterCreation() throws Exception {
    AdminClient admin = AdminClient.newOrganization();
    try (TestOidcProvider oidc = new TestOidcProvider()) {
      String token = admin.enableScim(oidc);
      Http.get("/scim/v2/Users", "Authorization", "Bearer " + token);
      Http.get("/scim/v2/Users", "Authorization", "Bearer " + token + "x");
      String clientSecret = "s3cret-client-value";

      for (String path :
          new String[] {
            "/sso", "/provisioning", "/provisioning/tokens", "/audit-events?limit=500"
          }) {
        assertThat(admin.get(path).body())
            .as(path)
            .doesNotContain(token)
            .doesNotContain(clientSecret);
      }
      String log =
          Files.readString(
              Path.of(System.getProperty("roster.it.server"), "standalone", "log", "server.log"));
      assertThat(log)
          .doesNotContain(token)
          .doesNotContain(clientSecret)
          .doesNotContain(AdminClient.PASSWORD);
      assertThat(databaseText()).doesNotContain(token).doesNotContain(clientSecret);
    }
  }

  @Test
  void lastUsedAtFollowsUseWithoutAWritePerRequest() {
    AdminClient admin = AdminClient.newOrganization();
    try (TestOidcProvider oidc = new TestOidcProvider()) {
      String token = admin.enableScim(oidc);
      assertThat(admin.get("/provisioning/tokens").body()).contains("\"lastUsedAt\":null");
      Http.get("/scim/v2/Users", "Authorization", "Bearer " + token);
      assertThat(admin.get("/provisioning/tokens").body()).doesNotContain("\"lastUsedAt\":null");
    }
  }

  /** Every text column of every table, concatenated. */
  private static String databaseText() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Connection c = Fixtures.connect();
        Statement s = c.createStatement()) {
      for (String table :
          new String[] {
            "organization",
            "sso_configuration",
            "scim_token",
            "role_mapping",
            "app_user",
            "audit_event"
          }) {
        try (ResultSet rs = s.executeQuery("select * from " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              all.append(rs.getString(i)).append('\n');
            }
          }
        }
      }
    }
    return all.toString();
  }
}
