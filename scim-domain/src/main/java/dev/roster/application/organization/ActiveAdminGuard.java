package dev.roster.application.organization;

import dev.roster.application.audit.AuditRecorder;
import dev.roster.application.common.Actor;
import dev.roster.domain.organization.LastActiveAdminException;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Never lock an organization out: a write after which it has no ACTIVE Admin is refused, audited as
 * a failure (in its own transaction, so the record survives) and rolled back. Callers ask only when
 * their write took an active Admin away (deactivated, deleted or re-roled one), so common writes
 * run no extra statement; the question is one query that sees the write's own changes.
 */
@ApplicationScoped
public class ActiveAdminGuard {
  @Inject UserRepository users;
  @Inject AuditRecorder audit;

  /**
   * Refuses the current write if the organization has no active Admin left; {@code action}, {@code
   * targetType} and {@code targetId} name the refused write in the audit trail.
   */
  public void requireActiveAdmin(
      Actor actor, Organization organization, String action, String targetType, Object targetId) {
    if (!users.hasActiveAdmin(organization.id())) {
      LastActiveAdminException refusal = new LastActiveAdminException(organization.slug());
      audit.failure(actor, action, targetType, targetId, "refused: " + refusal.getMessage());
      throw refusal;
    }
  }
}
