package dev.roster.persistence.user;

import static dev.roster.persistence.TestRows.insert;

import dev.roster.domain.group.Group;
import dev.roster.domain.role.MappingSource;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleDecision;
import dev.roster.domain.role.RoleMapping;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Random organizations for {@link RoleRecomputationIT}, written straight to the tables as the
 * repositories write them (keys trimmed and lower-cased by the domain's own functions): mappings of
 * both sources with creation times from a small set (so that ties are common), groups, members, IdP
 * role values in mixed case and whitespace, users not managed by SCIM, and stored decisions to
 * start from.
 */
final class RolesGenerator {
  private static final List<String> WORDS =
      List.of("engineering", "admins", "sales", "it ops", "finance", "support", "Ünïcode");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private RolesGenerator() {}

  record Row(Role role, RoleDecision.Reason reason, UUID mappingId) {
    static Row of(RoleDecision d) {
      return new Row(d.role(), d.reason(), d.mappingId());
    }
  }

  record GeneratedUser(
      UUID id, boolean scimManaged, List<String> idpRoles, List<String> groupNames, Row initial) {}

  record Generated(
      UUID id, Role defaultRole, boolean groupSync, List<GeneratedUser> users, int mappings) {
    @Override
    public String toString() {
      return "defaultRole="
          + defaultRole
          + " groupSync="
          + groupSync
          + " mappings="
          + mappings
          + " users="
          + users.size();
    }
  }

  static Generated generate(Connection c, Random random) throws SQLException {
    UUID org = UUID.randomUUID();
    insert(
        c,
        "insert into organization (id, slug, name, created_at) values (?, ?, ?, ?)",
        org,
        "o-" + org.toString().substring(0, 8),
        "Org",
        at(0));
    List<RoleMapping> mappings = new ArrayList<>();
    for (MappingSource source : MappingSource.values()) {
      for (String word : WORDS) {
        if (random.nextInt(10) < 4) {
          // Creation times from a small set, so that rank-and-source ties are common.
          RoleMapping m =
              new RoleMapping(
                  UUID.randomUUID(),
                  org,
                  source,
                  variant(word, random),
                  Role.values()[random.nextInt(Role.values().length)],
                  T0.plusSeconds(random.nextInt(3)));
          mappings.add(m);
          insert(
              c,
              "insert into role_mapping (id, organization_id, source, idp_value, idp_value_key,"
                  + " role, created_at) values (?, ?, ?, ?, ?, ?, ?)",
              m.id(),
              org,
              m.source().name(),
              m.idpValue(),
              m.key(),
              m.role().name(),
              OffsetDateTime.ofInstant(m.createdAt(), ZoneOffset.UTC));
        }
      }
    }
    Map<UUID, String> groups = new HashMap<>();
    for (String word : WORDS) {
      if (random.nextInt(10) < 6) {
        UUID id = UUID.randomUUID();
        String name = variant(word, random).strip();
        groups.put(id, name);
        insert(
            c,
            "insert into scim_group (id, organization_id, display_name, display_name_key,"
                + " created_at, last_modified_at) values (?, ?, ?, ?, ?, ?)",
            id,
            org,
            name,
            Group.key(name),
            at(0),
            at(0));
      }
    }
    List<GeneratedUser> users = new ArrayList<>();
    int count = 1 + random.nextInt(14);
    for (int u = 0; u < count; u++) {
      UUID id = UUID.randomUUID();
      List<String> idpRoles = new ArrayList<>();
      for (int r = random.nextInt(4); r > 0; r--) {
        idpRoles.add(random.nextInt(6) == 0 ? " nobody " : variant(pick(WORDS, random), random));
      }
      Row initial = initial(mappings, random);
      boolean scimManaged = random.nextInt(8) != 0;
      insert(
          c,
          "insert into app_user (id, organization_id, user_name, user_name_key, active, status,"
              + " role, role_reason, role_mapping_id, scim_managed, created_at, last_modified_at)"
              + " values (?, ?, ?, ?, true, 'ACTIVE', ?, ?, ?, ?, ?, ?)",
          id,
          org,
          "u" + u,
          "u" + u,
          initial.role().name(),
          initial.reason().name(),
          initial.mappingId(),
          scimManaged,
          at(0),
          at(0));
      List<String> keys = keys(idpRoles);
      for (int k = 0; k < keys.size(); k++) {
        insert(
            c,
            "insert into user_idp_role (user_id, organization_id, ordinal, value_key)"
                + " values (?, ?, ?, ?)",
            id,
            org,
            k,
            keys.get(k));
      }
      List<String> groupNames = new ArrayList<>();
      for (Map.Entry<UUID, String> group : groups.entrySet()) {
        if (random.nextInt(10) < 3) {
          groupNames.add(group.getValue());
          insert(
              c,
              "insert into group_member (group_id, member_id, organization_id) values (?, ?, ?)",
              group.getKey(),
              id,
              org);
        }
      }
      users.add(new GeneratedUser(id, scimManaged, idpRoles, groupNames, initial));
    }
    return new Generated(
        org,
        Role.values()[random.nextInt(Role.values().length)],
        random.nextBoolean(),
        users,
        mappings.size());
  }

  /** A stored decision to start from: sometimes a default, sometimes some mapping's. */
  private static Row initial(List<RoleMapping> mappings, Random random) {
    if (mappings.isEmpty() || random.nextBoolean()) {
      return Row.of(RoleDecision.byDefault(Role.values()[random.nextInt(Role.values().length)]));
    }
    return Row.of(RoleDecision.byMapping(pick(mappings, random)));
  }

  /** The value in random case, with random spaces and tabs around it. */
  private static String variant(String word, Random random) {
    StringBuilder b = new StringBuilder();
    b.append(" \t".repeat(random.nextInt(2)));
    for (char ch : word.toCharArray()) {
      b.append(
          random.nextBoolean()
              ? String.valueOf(ch).toUpperCase(Locale.ROOT)
              : String.valueOf(ch).toLowerCase(Locale.ROOT));
    }
    b.append(" ".repeat(random.nextInt(3)));
    return b.toString();
  }

  /** The IdP role values as the repository stores them: trimmed, lower-cased, distinct. */
  private static List<String> keys(List<String> values) {
    List<String> keys = new ArrayList<>();
    for (String value : values) {
      String key = RoleMapping.normalize(value);
      if (!key.isEmpty() && !keys.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static <T> T pick(List<T> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  private static OffsetDateTime at(int second) {
    return OffsetDateTime.ofInstant(T0.plusSeconds(second), ZoneOffset.UTC);
  }
}
