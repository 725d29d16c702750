package dev.roster.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.it.AdminClient;
import dev.roster.it.Fixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The users table pages, sorts and filters on the server, as an admin clicks it. */
class ConsoleTablesIT extends dev.roster.it.RosterDeployment {

  @Test
  void usersAreSortedFilteredAndPagedOnTheServer() {
    AdminClient org = AdminClient.newOrganization();
    Fixtures.scimMembers(org.organizationId, null, "person-", 60);
    setStatus(org, "person-7", "LOCKED");
    setStatus(org, "person-42", "LOCKED");
    try (Console console = new Console()) {
      console.signIn(org.slug, org.email, AdminClient.PASSWORD);
      console.open("users");
      assertThat(console.text(".ui-paginator-current")).isEqualTo("1–25 of 61");
      assertThat(console.text("#users\\:table_data tr:nth-child(1)")).contains("admin@");

      // userName: ascending on the first click, descending on the second (person-9 sorts last).
      console.click("[id='users:table:userName']");
      console.waitFor("#users\\:table_data tr:nth-child(1)", "admin@");
      console.click("[id='users:table:userName']");
      console.waitFor("#users\\:table_data tr:nth-child(1)", "person-9");

      console.click(".ui-paginator-next");
      console.waitFor(".ui-paginator-current", "26–50 of 61");

      console.choose("users:table:status-filter", "LOCKED");
      console.waitFor(".ui-paginator-current", "1–2 of 2");
      assertThat(console.text("#users\\:table_data"))
          .contains("person-7")
          .contains("person-42")
          .doesNotContain("person-8");
      console.check("12-users-filtered");
    }
  }

  private static void setStatus(AdminClient org, String userName, String status) {
    try (Connection c = Fixtures.connect();
        PreparedStatement s =
            c.prepareStatement(
                "update app_user set status = ?, active = false where user_name_key = ? and organization_id = ?")) {
      s.setString(1, status);
      s.setString(2, userName);
      s.setObject(3, UUID.fromString(org.organizationId));
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
