package dev.roster.persistence.system;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database validates a connection within two seconds. It lives in the EAR's
 * library so that every web module's health registry sees it (WildFly keeps one per EAR).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
  @Resource(lookup = "java:jboss/datasources/RosterDS")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    boolean up;
    try (Connection connection = dataSource.getConnection()) {
      up = connection.isValid(2);
    } catch (SQLException e) {
      up = false;
    }
    return HealthCheckResponse.named("database").status(up).build();
  }
}
