package dev.roster.domain.role;

import java.util.Collection;
import java.util.List;

/**
 * Decides a user's role: IdP role values and group names are matched to mappings after trimming and
 * lower-casing; the highest-ranked matching role wins (ties go to the primary role value, then role
 * values before groups); with no match the organization's default role applies.
 */
public final class RoleResolver {
  private RoleResolver() {}

  public static RoleDecision resolve(
      List<RoleMapping> mappings,
      List<String> idpRolesPrimaryFirst,
      Collection<String> groupNames,
      boolean groupMappingsApply,
      Role defaultRole) {
    RoleMapping best = null;
    for (String value : idpRolesPrimaryFirst) {
      best = better(best, find(mappings, MappingSource.ROLE, value));
    }
    if (groupMappingsApply) {
      for (String group : groupNames) {
        best = better(best, find(mappings, MappingSource.GROUP, group));
      }
    }
    return best == null
        ? RoleDecision.byDefault(defaultRole)
        : new RoleDecision(best.role(), RoleDecision.Reason.MAPPING, best);
  }

  private static RoleMapping find(List<RoleMapping> mappings, MappingSource source, String value) {
    String key = RoleMapping.normalize(value);
    if (key == null || key.isEmpty()) {
      return null;
    }
    for (RoleMapping mapping : mappings) {
      if (mapping.source() == source && mapping.key().equals(key)) {
        return mapping;
      }
    }
    return null;
  }

  private static RoleMapping better(RoleMapping current, RoleMapping candidate) {
    if (candidate == null) {
      return current;
    }
    if (current == null || candidate.role().outranks(current.role())) {
      return candidate;
    }
    return current;
  }
}
