package dev.roster.domain.role;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decides a user's role; the one place the rule is written. The mappings that match a user are the
 * ROLE mappings on its IdP role values and, only when group mappings apply (group sync on), the
 * GROUP mappings on the display names of its groups; both compared trimmed and lower-cased. The
 * winner is the first in {@link #PRECEDENCE}, so the answer never depends on the order in which the
 * IdP sends values. No match: the organization's default role.
 *
 * <p>Re-roling a whole organization runs as set-based SQL ({@code RoleRecomputation} in the
 * persistence module); it takes its ranks and source order from {@link Role} and {@link
 * MappingSource}, and a property test checks it against this class on generated data.
 */
public final class RoleResolver {
  /**
   * Which of several matching mappings wins, first wins: the highest-ranked role (Admin first),
   * then ROLE mappings before GROUP ones, then the oldest mapping, then the mapping id. Ids compare
   * as unsigned 128-bit numbers, as PostgreSQL and H2 order {@code uuid} columns ({@link
   * UUID#compareTo} compares signed halves and would disagree with the SQL on a tie).
   */
  public static final Comparator<RoleMapping> PRECEDENCE =
      Comparator.comparingInt((RoleMapping m) -> m.role().rank())
          .thenComparing(RoleMapping::source)
          .thenComparing(RoleMapping::createdAt)
          .thenComparing(RoleMapping::id, RoleResolver::compareUnsigned);

  private RoleResolver() {}

  public static RoleDecision resolve(
      List<RoleMapping> mappings,
      Collection<String> idpRoles,
      Collection<String> groupNames,
      boolean groupMappingsApply,
      Role defaultRole) {
    Objects.requireNonNull(defaultRole, "defaultRole");
    return winner(mappings, idpRoles, groupNames, groupMappingsApply)
        .map(RoleDecision::byMapping)
        .orElseGet(() -> RoleDecision.byDefault(defaultRole));
  }

  /** The winning mapping among those that match, if any does. */
  public static Optional<RoleMapping> winner(
      List<RoleMapping> mappings,
      Collection<String> idpRoles,
      Collection<String> groupNames,
      boolean groupMappingsApply) {
    return matching(mappings, idpRoles, groupNames, groupMappingsApply).stream().min(PRECEDENCE);
  }

  /** Every mapping that matches, winner first ({@link #PRECEDENCE} order). */
  public static List<RoleMapping> matching(
      List<RoleMapping> mappings,
      Collection<String> idpRoles,
      Collection<String> groupNames,
      boolean groupMappingsApply) {
    Set<String> roleKeys = keys(idpRoles);
    Set<String> groupKeys = groupMappingsApply ? keys(groupNames) : Set.of();
    return mappings.stream()
        .filter(
            m ->
                switch (m.source()) {
                  case ROLE -> roleKeys.contains(m.key());
                  case GROUP -> groupKeys.contains(m.key());
                })
        .sorted(PRECEDENCE)
        .toList();
  }

  private static Set<String> keys(Collection<String> values) {
    Set<String> keys = new HashSet<>();
    if (values != null) {
      for (String value : values) {
        String key = RoleMapping.normalize(value);
        if (key != null && !key.isEmpty()) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  private static int compareUnsigned(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }
}
