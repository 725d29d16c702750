package dev.roster.application.system;

import dev.roster.application.organization.BootstrapService;
import dev.roster.domain.system.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Migrates the schema, checks that this node has the secret key the database's secrets are
 * encrypted with, then creates the first organization, before the first request.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {
  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Inject SchemaMigrator schemaMigrator;
  @Inject SharedSecrets sharedSecrets;
  @Inject BootstrapService bootstrapService;

  @PostConstruct
  void start() {
    String version = schemaMigrator.migrate();
    LOG.info(() -> "Roster database schema at version " + version);
    sharedSecrets.verifySecretKey();
    bootstrapService.ensureFirstOrganization();
  }
}
