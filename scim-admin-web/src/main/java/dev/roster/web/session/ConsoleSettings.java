package dev.roster.web.session;

import dev.roster.application.common.RosterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The console's own settings (MicroProfile Config, each overridable by its ROSTER_* variable). */
@ApplicationScoped
public class ConsoleSettings {
  @Inject
  @ConfigProperty(name = "roster.console.idle.timeout.minutes", defaultValue = "30")
  int idleTimeoutMinutes;

  @Inject RosterConfig config;

  public int idleTimeoutSeconds() {
    return Math.max(1, idleTimeoutMinutes) * 60;
  }

  /** Cookies are Secure when Roster is served over HTTPS (directly or behind a TLS proxy). */
  public boolean secureCookies() {
    return config.publicUrl().startsWith("https://");
  }

  public String scimBaseUrl() {
    return config.scimBaseUrl();
  }
}
