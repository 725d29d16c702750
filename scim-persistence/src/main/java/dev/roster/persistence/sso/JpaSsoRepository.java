package dev.roster.persistence.sso;

import dev.roster.domain.sso.SsoConfiguration;
import dev.roster.domain.sso.SsoRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaSsoRepository implements SsoRepository {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Override
  public Optional<SsoConfiguration> find(UUID organizationId) {
    SsoConfigurationEntity e = em.find(SsoConfigurationEntity.class, organizationId);
    return e == null
        ? Optional.empty()
        : Optional.of(
            new SsoConfiguration(
                e.organizationId,
                e.issuer,
                e.clientId,
                e.clientSecretEncrypted,
                e.active,
                e.activatedAt,
                e.updatedAt,
                e.passwordSignIn));
  }

  @Override
  public void save(SsoConfiguration c) {
    SsoConfigurationEntity e = em.find(SsoConfigurationEntity.class, c.organizationId());
    boolean isNew = e == null;
    if (isNew) {
      e = new SsoConfigurationEntity();
      e.organizationId = c.organizationId();
    }
    e.protocol = SsoConfiguration.OIDC;
    e.issuer = c.issuer();
    e.clientId = c.clientId();
    e.clientSecretEncrypted = c.encryptedClientSecret();
    e.active = c.active();
    e.activatedAt = c.activatedAt();
    e.updatedAt = c.updatedAt();
    e.passwordSignIn = c.passwordSignIn();
    if (isNew) {
      em.persist(e);
    }
  }
}
