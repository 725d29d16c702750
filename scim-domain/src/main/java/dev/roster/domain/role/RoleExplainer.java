package dev.roster.domain.role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Explains a user's role in plain language for an admin: which mappings match the user's IdP
 * values, which one decides and why. The decision itself is {@link RoleResolver}'s; this class only
 * puts it into words, so an explanation can never disagree with the rule.
 */
public final class RoleExplainer {
  private RoleExplainer() {}

  /** A mapping that matches one of the user's IdP values, and what it does for the user. */
  public record Match(RoleMapping mapping, boolean decides, String note) {}

  /** The role the rule gives, every matching mapping (winner first) and the explanation. */
  public record Explanation(RoleDecision decision, List<Match> matches, String text) {}

  /**
   * @param stored the decision Roster holds for the user now
   * @param scimManaged whether the IdP provisions the user (mappings decide only such users' roles)
   */
  public static Explanation explain(
      List<RoleMapping> mappings,
      Collection<String> idpRoles,
      Collection<String> groupNames,
      boolean groupSync,
      Role defaultRole,
      RoleDecision stored,
      boolean scimManaged) {
    Objects.requireNonNull(stored, "stored");
    // Group mappings are listed even with group sync off, so the admin sees why they do not count.
    List<RoleMapping> matching = RoleResolver.matching(mappings, idpRoles, groupNames, true);
    if (!scimManaged) {
      List<Match> matches =
          matching.stream()
              .map(
                  m ->
                      new Match(
                          m,
                          false,
                          "Matches, but mappings apply only to people the IdP provisions."))
              .toList();
      return new Explanation(
          stored,
          matches,
          stored.role().displayName()
              + ", set in Roster: this user was not provisioned by the IdP, so role mappings do not"
              + " apply.");
    }
    RoleDecision decision =
        RoleResolver.resolve(mappings, idpRoles, groupNames, groupSync, defaultRole);
    RoleMapping winner = winner(matching, decision);
    long counted = matching.stream().filter(m -> counts(m, groupSync)).count();
    List<Match> matches = new ArrayList<>();
    for (RoleMapping m : matching) {
      matches.add(new Match(m, m == winner, note(m, winner, groupSync, counted)));
    }
    String text =
        winner == null
            ? byDefault(decision.role(), matching.size() > counted)
            : decision.role().displayName() + " through the mapping of " + value(winner);
    if (!decision.equals(stored)) {
      text +=
          ". Roster still holds "
              + stored.role().displayName()
              + " for this user; it changes with the next update from the IdP or change of the"
              + " mappings";
    }
    return new Explanation(decision, List.copyOf(matches), text + ".");
  }

  private static RoleMapping winner(List<RoleMapping> matching, RoleDecision decision) {
    return matching.stream()
        .filter(m -> m.id().equals(decision.mappingId()))
        .findFirst()
        .orElse(null);
  }

  private static boolean counts(RoleMapping m, boolean groupSync) {
    return groupSync || m.source() != MappingSource.GROUP;
  }

  private static String note(RoleMapping m, RoleMapping winner, boolean groupSync, long counted) {
    if (!counts(m, groupSync)) {
      return "Not counted: group sync is off, so group mappings do not apply.";
    }
    if (m == winner) {
      return counted == 1
          ? "Decides the role: the only matching mapping."
          : "Decides the role: among the matching mappings the highest role wins, then IdP roles"
              + " before groups, then the oldest mapping.";
    }
    return "Matches, but the mapping of "
        + value(winner)
        + " to "
        + winner.role().displayName()
        + " takes precedence.";
  }

  private static String byDefault(Role role, boolean groupMappingsIgnored) {
    return role.displayName()
        + ", the default role: "
        + (groupMappingsIgnored
            ? "none of the IdP role values matched a mapping, and group mappings do not apply"
                + " while group sync is off"
            : "none of the IdP values matched a mapping");
  }

  /** {@code IdP role 'editors'}, {@code IdP group 'IT Admins'}. */
  private static String value(RoleMapping m) {
    return (m.source() == MappingSource.ROLE ? "IdP role '" : "IdP group '") + m.idpValue() + "'";
  }
}
