package dev.roster.persistence.system;

import dev.roster.domain.system.SchemaMigrator;
import dev.roster.persistence.common.Databases;
import dev.roster.persistence.user.V4__Backfill_user_search_index;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies the versioned migrations with Flyway. Common migrations run on every database;
 * PostgreSQL-only ones (expression and trigram indexes) run only there. Java migrations are
 * registered here, not found by a scan: they live beside the persistence code they reuse.
 */
@ApplicationScoped
public class FlywaySchemaMigrator implements SchemaMigrator {
  @Resource(lookup = "java:jboss/datasources/RosterDS")
  DataSource dataSource;

  @Override
  public String migrate() {
    String[] locations =
        isPostgreSql()
            ? new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"}
            : new String[] {"classpath:db/migration/common"};
    Flyway flyway =
        Flyway.configure(FlywaySchemaMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations)
            .failOnMissingLocations(true)
            .javaMigrations(new V4__Backfill_user_search_index())
            .load();
    flyway.migrate();
    var current = flyway.info().current();
    return current == null ? "empty" : current.getVersion().getVersion();
  }

  private boolean isPostgreSql() {
    try (Connection connection = dataSource.getConnection()) {
      return Databases.isPostgreSql(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }
}
