package dev.roster.domain.role;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.role.RoleExplainer.Explanation;
import dev.roster.domain.role.RoleExplainer.Match;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoleExplainerTest {
  private static final UUID ORG = UUID.randomUUID();
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static final RoleMapping EDITORS = mapping(MappingSource.ROLE, "editors", Role.EDITOR, 0);
  private static final RoleMapping ADMINS =
      mapping(MappingSource.GROUP, "IT Admins", Role.ADMIN, 1);
  private static final RoleMapping OTHER = mapping(MappingSource.ROLE, "finance", Role.ADMIN, 2);
  private static final List<RoleMapping> ALL = List.of(OTHER, ADMINS, EDITORS);

  private static RoleMapping mapping(MappingSource source, String value, Role role, int second) {
    return new RoleMapping(UUID.randomUUID(), ORG, source, value, role, T0.plusSeconds(second));
  }

  private static Explanation explain(
      List<String> roles, List<String> groups, boolean groupSync, RoleDecision stored) {
    return RoleExplainer.explain(ALL, roles, groups, groupSync, Role.VIEWER, stored, true);
  }

  @Test
  void aSingleRoleMappingDecides() {
    Explanation e = explain(List.of(" Editors"), List.of(), true, RoleDecision.byMapping(EDITORS));
    assertThat(e.decision()).isEqualTo(RoleDecision.byMapping(EDITORS));
    assertThat(e.matches())
        .containsExactly(new Match(EDITORS, true, "Decides the role: the only matching mapping."));
    assertThat(e.text()).isEqualTo("Editor through the mapping of IdP role 'editors'.");
  }

  @Test
  void noMatchGivesTheDefaultRole() {
    Explanation e =
        explain(List.of("sales"), List.of("Sales"), true, RoleDecision.byDefault(Role.VIEWER));
    assertThat(e.decision()).isEqualTo(RoleDecision.byDefault(Role.VIEWER));
    assertThat(e.matches()).isEmpty();
    assertThat(e.text())
        .isEqualTo("Viewer, the default role: none of the IdP values matched a mapping.");
  }

  @Test
  void theHigherRoleWinsAndTheOtherMatchSaysWhichTakesPrecedence() {
    Explanation e =
        explain(List.of("editors"), List.of("it admins"), true, RoleDecision.byMapping(ADMINS));
    assertThat(e.decision()).isEqualTo(RoleDecision.byMapping(ADMINS));
    assertThat(e.matches()).extracting(Match::mapping).containsExactly(ADMINS, EDITORS);
    assertThat(e.matches()).extracting(Match::decides).containsExactly(true, false);
    assertThat(e.matches().get(0).note()).startsWith("Decides the role: among the matching");
    assertThat(e.matches().get(1).note())
        .isEqualTo("Matches, but the mapping of IdP group 'IT Admins' to Admin takes precedence.");
    assertThat(e.text()).isEqualTo("Admin through the mapping of IdP group 'IT Admins'.");
  }

  @Test
  void withGroupSyncOffAMatchingGroupMappingIsListedButDoesNotCount() {
    Explanation e =
        explain(List.of("editors"), List.of("IT Admins"), false, RoleDecision.byMapping(EDITORS));
    assertThat(e.decision()).isEqualTo(RoleDecision.byMapping(EDITORS));
    assertThat(e.matches())
        .containsExactly(
            new Match(
                ADMINS, false, "Not counted: group sync is off, so group mappings do not apply."),
            new Match(EDITORS, true, "Decides the role: the only matching mapping."));
  }

  @Test
  void withGroupSyncOffOnlyAGroupMatchGivesTheDefaultAndSaysWhy() {
    Explanation e =
        explain(List.of(), List.of("IT Admins"), false, RoleDecision.byDefault(Role.VIEWER));
    assertThat(e.decision().reason()).isEqualTo(RoleDecision.Reason.DEFAULT);
    assertThat(e.matches()).extracting(Match::decides).containsExactly(false);
    assertThat(e.text())
        .isEqualTo(
            "Viewer, the default role: none of the IdP role values matched a mapping, and group"
                + " mappings do not apply while group sync is off.");
  }

  @Test
  void theResultIsTheResolversDecisionEvenWhenTheStoredOneDiffers() {
    Explanation e =
        explain(List.of("editors"), List.of(), true, RoleDecision.byDefault(Role.VIEWER));
    assertThat(e.decision())
        .isEqualTo(RoleResolver.resolve(ALL, List.of("editors"), List.of(), true, Role.VIEWER));
    assertThat(e.text())
        .isEqualTo(
            "Editor through the mapping of IdP role 'editors'. Roster still holds Viewer for this"
                + " user; it changes with the next update from the IdP or change of the mappings.");
  }

  @Test
  void mappingsDoNotDecideTheRoleOfAUserTheIdpDidNotProvision() {
    Explanation e =
        RoleExplainer.explain(
            ALL,
            List.of("editors"),
            List.of(),
            true,
            Role.VIEWER,
            RoleDecision.byDefault(Role.ADMIN),
            false);
    assertThat(e.decision()).isEqualTo(RoleDecision.byDefault(Role.ADMIN));
    assertThat(e.matches()).extracting(Match::decides).containsExactly(false);
    assertThat(e.text())
        .startsWith("Admin, set in Roster: this user was not provisioned by the IdP");
  }
}
