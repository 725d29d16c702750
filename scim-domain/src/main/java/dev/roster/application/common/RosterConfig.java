package dev.roster.application.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Roster's settings; each property is overridable by its ROSTER_* environment variable. */
@ApplicationScoped
public class RosterConfig {
  @Inject
  @ConfigProperty(name = "roster.data.dir", defaultValue = "data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "roster.public.url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "roster.bootstrap.org")
  Optional<String> bootstrapOrg;

  @Inject
  @ConfigProperty(name = "roster.bootstrap.admin.email")
  Optional<String> bootstrapAdminEmail;

  @Inject
  @ConfigProperty(name = "roster.bootstrap.admin.password")
  Optional<String> bootstrapAdminPassword;

  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath();
  }

  public String publicUrl() {
    return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  /** The SCIM base URL: given to IdPs, and the root of meta.location and Location headers. */
  public String scimBaseUrl() {
    return publicUrl() + "/scim/v2";
  }

  public Optional<String> bootstrapOrg() {
    return bootstrapOrg.filter(s -> !s.isBlank());
  }

  public Optional<String> bootstrapAdminEmail() {
    return bootstrapAdminEmail.filter(s -> !s.isBlank());
  }

  public Optional<String> bootstrapAdminPassword() {
    return bootstrapAdminPassword.filter(s -> !s.isBlank());
  }
}
