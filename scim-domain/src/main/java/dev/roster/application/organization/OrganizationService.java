package dev.roster.application.organization;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.application.event.EventRecorder;
import dev.roster.domain.audit.AuditActions;
import dev.roster.domain.common.ValidationException;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/** Creating organizations with their first admin (the platform operator's use case). */
@Stateless
public class OrganizationService {
  @Inject OrganizationRepository organizations;
  @Inject UserRepository users;
  @Inject AuditRecorder audit;
  @Inject EventRecorder events;

  public OrganizationSummary createWithAdmin(
      String slug, String name, String adminEmail, String adminPassword, String requestId) {
    if (adminEmail == null || !adminEmail.contains("@") || adminEmail.length() > 320) {
      throw new ValidationException("adminEmail must be an email address.");
    }
    Instant now = Instant.now();
    Organization organization = Organization.create(slug, name, now);
    User admin = User.localAdmin(organization.id(), adminEmail.strip(), adminPassword, now);
    organizations.add(organization);
    users.add(admin);
    events.userCreated(admin);
    Actor platform = new Actor(organization.id(), Actor.Kind.PLATFORM, "platform", null, requestId);
    audit.success(
        platform, AuditActions.ORGANIZATION_CREATED, "ORGANIZATION", organization.id(), slug);
    audit.success(platform, AuditActions.ADMIN_CREATED, "USER", admin.id(), admin.userName());
    return summary(organization);
  }

  static OrganizationSummary summary(Organization o) {
    return new OrganizationSummary(o.id(), o.slug(), o.name(), o.createdAt());
  }
}
