package dev.roster.domain.sso;

import java.util.Optional;
import java.util.UUID;

/** Stores each organization's SSO configuration. */
public interface SsoRepository {
  Optional<SsoConfiguration> find(UUID organizationId);

  void save(SsoConfiguration configuration);
}
