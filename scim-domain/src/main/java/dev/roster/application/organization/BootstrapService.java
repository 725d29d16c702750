package dev.roster.application.organization;

import dev.roster.application.common.RosterConfig;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.organization.SlugTakenException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates the first organization on first start: the configured one, or {@code default} with {@code
 * admin@localhost} and a generated password shown once and saved for its owner only.
 */
@Stateless
public class BootstrapService {
  static final String DEFAULT_SLUG = "default";
  static final String DEFAULT_ADMIN = "admin@localhost";
  static final String PASSWORD_FILE = "initial-admin-password.txt";
  private static final Logger LOG = Logger.getLogger(BootstrapService.class.getName());

  @Inject RosterConfig config;
  @Inject OrganizationRepository organizations;
  @Inject OrganizationService organizationService;

  /**
   * Runs outside a transaction: each creation commits on its own, and when the nodes of a new
   * cluster start together, the one that loses the race for the slug finds it taken and moves on.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void ensureFirstOrganization() {
    var slug = config.bootstrapOrg();
    if (slug.isPresent()) {
      if (organizations.findBySlug(slug.get()).isEmpty()) {
        String email = config.bootstrapAdminEmail().orElse(DEFAULT_ADMIN);
        String password = config.bootstrapAdminPassword().orElseGet(BootstrapService::generate);
        if (create(slug.get(), slug.get(), email, password)) {
          if (config.bootstrapAdminPassword().isEmpty()) {
            announce(slug.get(), email, password);
          }
          LOG.info(() -> "Created organization '" + slug.get() + "' with admin " + email);
        }
      }
      return;
    }
    if (!organizations.existsAny()) {
      String password = generate();
      if (create(DEFAULT_SLUG, "Default", DEFAULT_ADMIN, password)) {
        announce(DEFAULT_SLUG, DEFAULT_ADMIN, password);
      }
    }
  }

  /** False when another node created the organization meanwhile. */
  private boolean create(String slug, String name, String email, String password) {
    try {
      organizationService.createWithAdmin(slug, name, email, password, null);
      return true;
    } catch (SlugTakenException anotherNodeWon) {
      LOG.info(() -> "Organization '" + slug + "' was created by another node");
      return false;
    }
  }

  private void announce(String slug, String email, String password) {
    Path file = config.dataDir().resolve(PASSWORD_FILE);
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(file);
      try {
        Files.setPosixFilePermissions(
            file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        file.toFile().setReadable(false, false);
        file.toFile().setReadable(true, true);
      }
      Files.writeString(
          file, "organization=" + slug + "\nemail=" + email + "\npassword=" + password + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the initial admin password to " + file, e);
    }
    // Shown once, on first start, so the operator can sign in; never logged again.
    LOG.warning(
        "First start: created organization '"
            + slug
            + "' with admin "
            + email
            + " and password "
            + password
            + " (also saved to "
            + file
            + ", readable only by its owner).");
  }

  private static String generate() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
