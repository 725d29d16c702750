package dev.roster.application.admin;

import dev.roster.application.common.Actor;
import dev.roster.application.provisioning.RoleMappingView;
import dev.roster.domain.common.NotFoundException;
import dev.roster.domain.organization.Organization;
import dev.roster.domain.organization.OrganizationRepository;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleExplainer;
import dev.roster.domain.role.RoleMappingRepository;
import dev.roster.domain.sso.SignInCheck;
import dev.roster.domain.sso.SsoConfiguration;
import dev.roster.domain.sso.SsoRepository;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers an admin's "why" questions about one person, found by email: why they have their role,
 * why they cannot sign in. The rules are the domain's ({@link RoleExplainer} over {@code
 * RoleResolver}, {@link SignInCheck}); this service only gathers what they need.
 */
@Stateless
public class TroubleshootingService {
  @Inject UserViews views;
  @Inject UserRepository users;
  @Inject RoleMappingRepository mappings;
  @Inject OrganizationRepository organizations;
  @Inject SsoRepository ssoConfigurations;

  /** A mapping that matches one of the user's IdP values, and whether it decides their role. */
  public record MappingMatch(RoleMappingView mapping, boolean decides, String note) {}

  /** Why a user has their role: their IdP values, the mappings they match, the result. */
  public record RoleDiagnosis(
      UserView user,
      List<String> idpRoles,
      List<String> groups,
      List<MappingMatch> matches,
      Role result,
      String explanation) {}

  /** What stands between a person and signing in; {@code user} null when none has the email. */
  public record SignInDiagnosis(
      boolean ssoActive, String ssoIssuer, UserView user, List<String> problems) {}

  public RoleDiagnosis whyRole(Actor actor, String email) {
    User user =
        views
            .byEmail(actor, email)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No user has the email '"
                            + email
                            + "' in this organization. Check the spelling, and that the IdP has"
                            + " provisioned this person: Roster knows the email the IdP sends."));
    Organization organization = organizations.findById(actor.organizationId()).orElseThrow();
    List<String> groups = users.groupNames(organization.id(), user.id());
    RoleExplainer.Explanation explanation =
        RoleExplainer.explain(
            mappings.findByOrganization(organization.id()),
            user.idpRoles(),
            groups,
            organization.syncGroups(),
            organization.effectiveDefaultRole(),
            user.roleDecision(),
            user.scimManaged());
    Map<UUID, Long> counts = mappings.countUsersDecided(organization.id());
    List<MappingMatch> matches =
        explanation.matches().stream()
            .map(
                m ->
                    new MappingMatch(
                        RoleMappingView.of(m.mapping(), counts.getOrDefault(m.mapping().id(), 0L)),
                        m.decides(),
                        m.note()))
            .toList();
    return new RoleDiagnosis(
        views.detailed(user, groups),
        user.idpRoles(),
        groups,
        matches,
        explanation.decision().role(),
        explanation.text());
  }

  public SignInDiagnosis whySignInFails(Actor actor, String email) {
    SsoConfiguration sso = ssoConfigurations.find(actor.organizationId()).orElse(null);
    User user = views.byEmail(actor, email).orElse(null);
    return new SignInDiagnosis(
        sso != null && sso.active(),
        sso == null ? null : sso.issuer(),
        user == null ? null : views.detailed(user),
        SignInCheck.problems(sso, email == null ? "" : email.strip(), user));
  }
}
