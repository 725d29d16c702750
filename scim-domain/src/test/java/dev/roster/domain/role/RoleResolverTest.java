package dev.roster.domain.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoleResolverTest {
  private static final UUID ORG = UUID.randomUUID();
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static RoleMapping mapping(MappingSource source, String value, Role role, int second) {
    return mapping(UUID.randomUUID(), source, value, role, second);
  }

  private static RoleMapping mapping(
      UUID id, MappingSource source, String value, Role role, int second) {
    return new RoleMapping(id, ORG, source, value, role, T0.plusSeconds(second));
  }

  @Test
  void noMatchGivesTheDefaultRole() {
    RoleMapping engineering = mapping(MappingSource.ROLE, "engineering", Role.EDITOR, 0);
    RoleDecision d =
        RoleResolver.resolve(List.of(engineering), List.of("sales"), List.of(), true, Role.EDITOR);
    assertThat(d).isEqualTo(RoleDecision.byDefault(Role.EDITOR));
    assertThat(d.mappingId()).isNull();
  }

  @Test
  void valuesMatchTrimmedAndCaseInsensitively() {
    RoleMapping role = mapping(MappingSource.ROLE, "Engineering", Role.EDITOR, 0);
    RoleMapping group = mapping(MappingSource.GROUP, "IT Admins", Role.ADMIN, 0);
    assertThat(
            RoleResolver.resolve(
                List.of(role, group), List.of("  ENGINEERING "), List.of(), true, Role.VIEWER))
        .isEqualTo(new RoleDecision(Role.EDITOR, RoleDecision.Reason.MAPPING, role.id()));
    assertThat(
            RoleResolver.resolve(
                List.of(role, group), List.of(), List.of(" it admins"), true, Role.VIEWER))
        .isEqualTo(RoleDecision.byMapping(group));
  }

  @Test
  void aRoleMappingDoesNotMatchAGroupNameNorTheOtherWayRound() {
    RoleMapping role = mapping(MappingSource.ROLE, "finance", Role.ADMIN, 0);
    RoleMapping group = mapping(MappingSource.GROUP, "sales", Role.ADMIN, 0);
    assertThat(
            RoleResolver.resolve(
                    List.of(role, group), List.of("sales"), List.of("finance"), true, Role.VIEWER)
                .reason())
        .isEqualTo(RoleDecision.Reason.DEFAULT);
  }

  @Test
  void theHighestRankedRoleWinsWhateverTheOrderOfValues() {
    RoleMapping viewer = mapping(MappingSource.ROLE, "a", Role.VIEWER, 0);
    RoleMapping admin = mapping(MappingSource.ROLE, "b", Role.ADMIN, 5);
    RoleMapping editor = mapping(MappingSource.ROLE, "c", Role.EDITOR, 1);
    List<RoleMapping> all = List.of(viewer, admin, editor);
    for (List<String> values : List.of(List.of("a", "b", "c"), List.of("c", "b", "a"))) {
      assertThat(RoleResolver.resolve(all, values, List.of(), true, Role.VIEWER))
          .isEqualTo(RoleDecision.byMapping(admin));
    }
  }

  @Test
  void onEqualRankRoleValuesBeatGroupsEvenOlderOnes() {
    RoleMapping group = mapping(MappingSource.GROUP, "eng", Role.EDITOR, 0);
    RoleMapping role = mapping(MappingSource.ROLE, "eng", Role.EDITOR, 10);
    assertThat(
            RoleResolver.resolve(
                List.of(group, role), List.of("eng"), List.of("eng"), true, Role.VIEWER))
        .isEqualTo(RoleDecision.byMapping(role));
  }

  @Test
  void onEqualRankAndSourceTheOldestMappingWinsNotThePrimaryValue() {
    RoleMapping newer = mapping(MappingSource.ROLE, "primary", Role.EDITOR, 10);
    RoleMapping older = mapping(MappingSource.ROLE, "secondary", Role.EDITOR, 3);
    assertThat(
            RoleResolver.resolve(
                List.of(newer, older),
                List.of("primary", "secondary"),
                List.of(),
                true,
                Role.VIEWER))
        .isEqualTo(RoleDecision.byMapping(older));
  }

  @Test
  void onEqualCreationTimeTheSmallerIdWinsComparedUnsignedAsTheDatabasesDo() {
    // Java's UUID.compareTo calls 8000… smaller than 0000…; PostgreSQL and H2 say the opposite.
    RoleMapping low =
        mapping(
            UUID.fromString("00000000-0000-4000-8000-000000000001"),
            MappingSource.GROUP,
            "x",
            Role.ADMIN,
            0);
    RoleMapping high =
        mapping(
            UUID.fromString("80000000-0000-4000-8000-000000000001"),
            MappingSource.GROUP,
            "y",
            Role.ADMIN,
            0);
    assertThat(
            RoleResolver.resolve(
                List.of(high, low), List.of(), List.of("y", "x"), true, Role.VIEWER))
        .isEqualTo(RoleDecision.byMapping(low));
  }

  @Test
  void groupMappingsCountOnlyWithGroupSync() {
    RoleMapping group = mapping(MappingSource.GROUP, "admins", Role.ADMIN, 0);
    RoleMapping role = mapping(MappingSource.ROLE, "staff", Role.VIEWER, 0);
    assertThat(
            RoleResolver.resolve(
                List.of(group, role), List.of("staff"), List.of("Admins"), false, Role.EDITOR))
        .isEqualTo(RoleDecision.byMapping(role));
    assertThat(
            RoleResolver.resolve(List.of(group), List.of(), List.of("Admins"), false, Role.EDITOR))
        .isEqualTo(RoleDecision.byDefault(Role.EDITOR));
  }

  @Test
  void blankAndMissingValuesMatchNothing() {
    RoleMapping role = mapping(MappingSource.ROLE, "x", Role.ADMIN, 0);
    List<String> values = new ArrayList<>(List.of(" ", ""));
    values.add(null);
    assertThat(RoleResolver.resolve(List.of(role), values, null, true, Role.VIEWER).reason())
        .isEqualTo(RoleDecision.Reason.DEFAULT);
  }

  @Test
  void theWinnerIsTheMinimumOfThePrecedenceWhateverTheOrderOfMappings() {
    Random random = new Random(12);
    for (int run = 0; run < 500; run++) {
      List<RoleMapping> mappings = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        mappings.add(
            mapping(
                new UUID(random.nextLong(), random.nextLong()),
                MappingSource.values()[random.nextInt(2)],
                "v" + i,
                Role.values()[random.nextInt(3)],
                random.nextInt(2)));
      }
      List<String> all = mappings.stream().map(RoleMapping::idpValue).toList();
      RoleMapping expected = Collections.min(mappings, RoleResolver.PRECEDENCE);
      Collections.shuffle(mappings, random);
      List<String> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      assertThat(RoleResolver.resolve(mappings, shuffled, shuffled, true, Role.VIEWER))
          .isEqualTo(RoleDecision.byMapping(expected));
    }
  }

  @Test
  void aDecisionNamesAMappingExactlyWhenItsReasonIsMapping() {
    UUID id = UUID.randomUUID();
    assertThatThrownBy(() -> new RoleDecision(Role.ADMIN, RoleDecision.Reason.MAPPING, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RoleDecision(Role.ADMIN, RoleDecision.Reason.DEFAULT, id))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RoleDecision(Role.ADMIN, RoleDecision.Reason.MAPPING, id).mappingId())
        .isEqualTo(id);
  }
}
