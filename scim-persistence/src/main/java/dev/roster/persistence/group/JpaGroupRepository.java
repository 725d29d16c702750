package dev.roster.persistence.group;

import static dev.roster.persistence.common.JdbcReads.uuid;

import dev.roster.domain.group.Group;
import dev.roster.domain.group.GroupRepository;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlParams;
import dev.roster.persistence.common.UniqueViolation;
import dev.roster.persistence.scim.GroupColumns;
import dev.roster.persistence.scim.ScimSql;
import dev.roster.scim.error.UniquenessException;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Groups and memberships. Writes, and the locked load a write follows, go through JPA (memberships,
 * which have no entity, as SQL on the same persistence context); every other read is SQL over
 * {@link JdbcReads}, each group row mapped by {@link GroupRows}.
 */
@ApplicationScoped
public class JpaGroupRepository implements GroupRepository {
  /** Rows per multi-row insert: well below the bind-parameter limits of PostgreSQL and H2. */
  private static final int INSERT_CHUNK = 500;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  @Override
  public Optional<Group> findById(UUID organizationId, UUID id) {
    return db
        .list(
            "select g.* from scim_group g where g.id = ? and g.organization_id = ?",
            List.of(id, organizationId),
            GroupRows.GROUP)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Group> findByIdForUpdate(UUID organizationId, UUID id) {
    // select ... for update on PostgreSQL and H2 alike. Member changes lock the group row first,
    // so on one group they serialize: the "not exists" check before each member insert then sees
    // every committed insert, and adding a member twice concurrently is a no-op, not a key clash.
    return db
        .list(
            "select g.* from scim_group g where g.id = ? and g.organization_id = ? for update",
            List.of(id, organizationId),
            GroupRows.GROUP)
        .stream()
        .findFirst();
  }

  @Override
  public ResultPage<Group> search(UUID organizationId, ResourceQuery query) {
    ScimSql sql = new ScimSql(GroupColumns.INSTANCE, organizationId, query);
    return sql.list(db, GroupRows.GROUP, Group::id);
  }

  @Override
  public void add(Group group) {
    GroupEntity e = new GroupEntity();
    e.id = group.id();
    e.organizationId = group.organizationId();
    e.createdAt = group.createdAt();
    copy(group, e);
    em.persist(e);
    UniqueViolation.flush(em, () -> taken(group));
  }

  private static UniquenessException taken(Group group) {
    return new UniquenessException("A group named '" + group.displayName() + "' already exists.");
  }

  /** One UPDATE of the row read by {@link #findByIdForUpdate}; no entity is loaded for it. */
  @Override
  public void update(Group group) {
    UniqueViolation.run(
        () ->
            em.createQuery(
                    "update GroupEntity g set g.displayName = :name, g.displayNameKey = :key,"
                        + " g.externalId = :externalId, g.lastModifiedAt = :modified,"
                        + " g.version = :version where g.id = :id")
                .setParameter("name", group.displayName())
                .setParameter("key", Group.key(group.displayName()))
                .setParameter("externalId", group.externalId())
                .setParameter("modified", group.lastModifiedAt())
                .setParameter("version", group.version())
                .setParameter("id", group.id())
                .executeUpdate(),
        () -> taken(group));
  }

  @Override
  public void remove(Group group) {
    removeAllMembers(group.organizationId(), group.id());
    em.createQuery("delete from GroupEntity g where g.id = :id")
        .setParameter("id", group.id())
        .executeUpdate();
  }

  @Override
  public Map<UUID, List<Member>> members(UUID organizationId, Collection<UUID> groupIds) {
    Map<UUID, List<Member>> result = new LinkedHashMap<>();
    if (groupIds.isEmpty()) {
      return result;
    }
    SqlParams p = new SqlParams();
    db.list(
        "select gm.group_id, u.id, coalesce(u.display_name, u.user_name) as display"
            + " from group_member gm join app_user u on u.id = gm.member_id"
            + " where gm.organization_id = "
            + p.bind(organizationId)
            + " and gm.group_id in ("
            + p.bindAll(groupIds)
            + ") order by u.user_name_key, u.id",
        p.values(),
        r ->
            result
                .computeIfAbsent(uuid(r, "group_id"), k -> new ArrayList<>())
                .add(new Member(uuid(r, "id"), r.getString("display"))));
    return result;
  }

  @Override
  public List<UUID> memberIds(UUID organizationId, UUID groupId) {
    return db.list(
        "select member_id from group_member where organization_id = ? and group_id = ?",
        List.of(organizationId, groupId),
        r -> uuid(r, "member_id"));
  }

  /**
   * Two statements whatever the number of users: which of them are members already, then one
   * multi-row insert of the others. Callers hold the group row's lock (or created the group in this
   * transaction), so no concurrent insert can slip in between.
   */
  @Override
  public Set<UUID> addMembers(UUID organizationId, UUID groupId, Collection<UUID> userIds) {
    if (userIds.isEmpty()) {
      return Set.of();
    }
    Set<UUID> added = new LinkedHashSet<>(userIds);
    SqlParams p = new SqlParams();
    added.removeAll(
        db.list(
            "select member_id from group_member where group_id = "
                + p.bind(groupId)
                + " and member_id in ("
                + p.bindAll(userIds)
                + ")",
            p.values(),
            r -> uuid(r, "member_id")));
    List<UUID> rows = List.copyOf(added);
    for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
      List<UUID> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
      StringBuilder sql =
          new StringBuilder(
              "insert into group_member (group_id, member_id, organization_id) values ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(:group, :m").append(i).append(", :org)");
      }
      var insert =
          em.createNativeQuery(sql.toString())
              .setParameter("group", groupId)
              .setParameter("org", organizationId);
      for (int i = 0; i < chunk.size(); i++) {
        insert.setParameter("m" + i, chunk.get(i));
      }
      insert.executeUpdate();
    }
    return added;
  }

  @Override
  public int removeMembers(UUID organizationId, UUID groupId, Collection<UUID> userIds) {
    if (userIds.isEmpty()) {
      return 0;
    }
    return em.createNativeQuery(
            "delete from group_member where organization_id = :org and group_id = :group"
                + " and member_id in (:ids)")
        .setParameter("org", organizationId)
        .setParameter("group", groupId)
        .setParameter("ids", userIds)
        .executeUpdate();
  }

  @Override
  public int removeAllMembers(UUID organizationId, UUID groupId) {
    return em.createNativeQuery(
            "delete from group_member where organization_id = :org and group_id = :group")
        .setParameter("org", organizationId)
        .setParameter("group", groupId)
        .executeUpdate();
  }

  @Override
  public Map<UUID, List<GroupRef>> groupsOf(UUID organizationId, Collection<UUID> userIds) {
    Map<UUID, List<GroupRef>> result = new LinkedHashMap<>();
    if (userIds.isEmpty()) {
      return result;
    }
    SqlParams p = new SqlParams();
    db.list(
        "select gm.member_id, g.id, g.display_name from group_member gm"
            + " join scim_group g on g.id = gm.group_id"
            + " where gm.organization_id = "
            + p.bind(organizationId)
            + " and gm.member_id in ("
            + p.bindAll(userIds)
            + ") order by g.display_name_key, g.id",
        p.values(),
        r ->
            result
                .computeIfAbsent(uuid(r, "member_id"), k -> new ArrayList<>())
                .add(new GroupRef(uuid(r, "id"), r.getString("display_name"))));
    return result;
  }

  @Override
  public Set<UUID> existingUsers(UUID organizationId, Collection<UUID> ids) {
    return existing("app_user", organizationId, ids);
  }

  @Override
  public Set<UUID> existingGroups(UUID organizationId, Collection<UUID> ids) {
    return existing("scim_group", organizationId, ids);
  }

  private Set<UUID> existing(String table, UUID organizationId, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return new HashSet<>();
    }
    SqlParams p = new SqlParams();
    return new HashSet<>(
        db.list(
            "select id from "
                + table
                + " where organization_id = "
                + p.bind(organizationId)
                + " and id in ("
                + p.bindAll(ids)
                + ")",
            p.values(),
            r -> uuid(r, "id")));
  }

  private static void copy(Group from, GroupEntity to) {
    to.displayName = from.displayName();
    to.displayNameKey = Group.key(from.displayName());
    to.externalId = from.externalId();
    to.lastModifiedAt = from.lastModifiedAt();
    to.version = from.version();
  }
}
