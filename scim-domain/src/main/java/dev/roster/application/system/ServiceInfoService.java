package dev.roster.application.system;

import dev.roster.application.common.RosterConfig;
import dev.roster.domain.organization.IdentityProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;

/** Public facts about the service, for pages shown before anyone signs in (no tenant data). */
@ApplicationScoped
public class ServiceInfoService {
  @Inject RosterConfig config;

  public ServiceInfo info() {
    return new ServiceInfo(
        config.scimBaseUrl(),
        config.publicUrl() + "/api/admin/v1",
        Arrays.stream(IdentityProvider.values()).map(Enum::name).toList());
  }
}
