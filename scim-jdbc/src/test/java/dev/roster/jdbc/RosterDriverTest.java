package dev.roster.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RosterDriverTest {
  private final RosterDriver driver = new RosterDriver();

  @Test
  void theUrlChoosesTheDriver() throws SQLException {
    assertThat(RosterDriver.driverFor("jdbc:postgresql://db.example:5432/roster"))
        .isInstanceOf(org.postgresql.Driver.class);
    assertThat(RosterDriver.driverFor("jdbc:h2:file:./data/roster;MODE=PostgreSQL"))
        .isInstanceOf(org.h2.Driver.class);
    assertThat(driver.acceptsURL("jdbc:mysql://db.example/roster")).isFalse();
  }

  @Test
  void connectsToH2ThroughItsDriver() throws Exception {
    Path dir = Files.createTempDirectory("roster-driver");
    Properties credentials = new Properties();
    credentials.setProperty("user", "sa");
    credentials.setProperty("password", "roster");
    try (Connection c = driver.connect("jdbc:h2:file:" + dir + "/t", credentials)) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
    }
  }

  @Test
  void anotherDatabaseIsRefusedByName() {
    assertThatThrownBy(() -> driver.connect("jdbc:mysql://db.example/roster", new Properties()))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("jdbc:postgresql:")
        .hasMessageContaining("jdbc:mysql://db.example/roster");
  }
}
