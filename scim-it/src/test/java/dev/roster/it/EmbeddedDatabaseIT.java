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
    assertThat(Http.get("/console/").body()).contains("default");

    Path dataDir = Path.of(System.getProperty("roster.it.data"), "embedded");
    assertThat(dataDir.resolve("roster.mv.db")).exists();
    assertThat(dataDir.resolve("initial-admin-password.txt")).exists();
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
