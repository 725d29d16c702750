package dev.roster.persistence.group;

import dev.roster.domain.group.Group;
import dev.roster.domain.group.GroupRepository;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.Loads;
import dev.roster.persistence.common.NativeValues;
import dev.roster.persistence.common.SqlReader.RowMapper;
import dev.roster.persistence.common.UniqueViolation;
import dev.roster.persistence.scim.GroupColumns;
import dev.roster.persistence.scim.ScimSql;
import dev.roster.scim.error.UniquenessException;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class JpaGroupRepository implements GroupRepository {
  /** Rows per multi-row insert: well below the bind-parameter limits of PostgreSQL and H2. */
  private static final int INSERT_CHUNK = 500;

  /** A {@code scim_group} row read over JDBC ({@code g.*}). */
  private static final RowMapper<GroupEntity> GROUP_ROW =
      r -> {
        GroupEntity e = new GroupEntity();
        e.id = JdbcReads.uuid(r, "id");
        e.organizationId = JdbcReads.uuid(r, "organization_id");
        e.displayName = r.getString("display_name");
        e.displayNameKey = r.getString("display_name_key");
        e.externalId = r.getString("external_id");
        e.createdAt = JdbcReads.instant(r, "created_at");
        e.lastModifiedAt = JdbcReads.instant(r, "last_modified_at");
        e.version = r.getLong("version");
        return e;
      };

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  @Override
  public Optional<Group> findById(UUID organizationId, UUID id) {
    GroupEntity e = Loads.find(em, GroupEntity.class, id);
    return e == null || !e.organizationId.equals(organizationId)
        ? Optional.empty()
        : Optional.of(toDomain(e));
  }

  @Override
  public Optional<Group> findByIdForUpdate(UUID organizationId, UUID id) {
    // select ... for update on PostgreSQL and H2 alike. Member changes lock the group row first,
    // so on one group they serialize: the "not exists" check before each member insert then sees
    // every committed insert, and adding a member twice concurrently is a no-op, not a key clash.
    GroupEntity e = Loads.find(em, GroupEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    return e == null || !e.organizationId.equals(organizationId)
        ? Optional.empty()
        : Optional.of(toDomain(e));
  }

  @Override
  public ResultPage<Group> search(UUID organizationId, ResourceQuery query) {
    ScimSql sql = new ScimSql(GroupColumns.INSTANCE, organizationId, query);
    if (query.cursorPaged()) {
      return sql.cursorPage(db, GROUP_ROW, e -> e.id).map(this::toDomain);
    }
    return sql.search(db, GROUP_ROW).map(this::toDomain);
  }

  @Override
  public void add(Group group) {
    GroupEntity e = new GroupEntity();
    e.id = group.id();
    e.organizationId = group.organizationId();
    e.createdAt = group.createdAt();
    copy(group, e);
    em.persist(e);
    UniqueViolation.flush(
        em,
        () ->
            new UniquenessException("A group named '" + group.displayName() + "' already exists."));
  }

  @Override
  public void update(Group group) {
    copy(group, em.find(GroupEntity.class, group.id()));
    UniqueViolation.flush(
        em,
        () ->
            new UniquenessException("A group named '" + group.displayName() + "' already exists."));
  }

  @Override
  public void remove(Group group) {
    removeAllMembers(group.organizationId(), group.id());
    em.remove(em.find(GroupEntity.class, group.id()));
  }

  @Override
  public Map<UUID, List<Member>> members(UUID organizationId, Collection<UUID> groupIds) {
    Map<UUID, List<Member>> result = new LinkedHashMap<>();
    List<?> rows =
        em.createNativeQuery(
                "select gm.group_id, u.id, coalesce(u.display_name, u.user_name)"
                    + " from group_member gm join app_user u on u.id = gm.member_id"
                    + " where gm.organization_id = :org and gm.group_id in (:ids)"
                    + " order by u.user_name_key, u.id")
            .setParameter("org", organizationId)
            .setParameter("ids", groupIds)
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      result
          .computeIfAbsent(NativeValues.uuid(r[0]), k -> new java.util.ArrayList<>())
          .add(new Member(NativeValues.uuid(r[1]), (String) r[2]));
    }
    return result;
  }

  @Override
  public List<UUID> memberIds(UUID organizationId, UUID groupId) {
    return ((List<?>)
            em.createNativeQuery(
                    "select member_id from group_member where organization_id = :org"
                        + " and group_id = :group")
                .setParameter("org", organizationId)
                .setParameter("group", groupId)
                .getResultList())
        .stream().map(NativeValues::uuid).toList();
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
    added.removeAll(
        ((List<?>)
                em.createNativeQuery(
                        "select member_id from group_member where group_id = :group"
                            + " and member_id in (:ids)")
                    .setParameter("group", groupId)
                    .setParameter("ids", userIds)
                    .getResultList())
            .stream().map(NativeValues::uuid).toList());
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
    List<?> rows =
        em.createNativeQuery(
                "select gm.member_id, g.id, g.display_name from group_member gm"
                    + " join scim_group g on g.id = gm.group_id"
                    + " where gm.organization_id = :org and gm.member_id in (:ids)"
                    + " order by g.display_name_key, g.id")
            .setParameter("org", organizationId)
            .setParameter("ids", userIds)
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      result
          .computeIfAbsent(NativeValues.uuid(r[0]), k -> new java.util.ArrayList<>())
          .add(new GroupRef(NativeValues.uuid(r[1]), (String) r[2]));
    }
    return result;
  }

  @Override
  public Set<UUID> existingUsers(UUID organizationId, Collection<UUID> ids) {
    return new HashSet<>(
        em.createQuery(
                "select u.id from UserEntity u where u.organizationId = :org and u.id in :ids",
                UUID.class)
            .setParameter("org", organizationId)
            .setParameter("ids", ids)
            .getResultList());
  }

  @Override
  public Set<UUID> existingGroups(UUID organizationId, Collection<UUID> ids) {
    return new HashSet<>(
        em.createQuery(
                "select g.id from GroupEntity g where g.organizationId = :org and g.id in :ids",
                UUID.class)
            .setParameter("org", organizationId)
            .setParameter("ids", ids)
            .getResultList());
  }

  private static void copy(Group from, GroupEntity to) {
    to.displayName = from.displayName();
    to.displayNameKey = Group.key(from.displayName());
    to.externalId = from.externalId();
    to.lastModifiedAt = from.lastModifiedAt();
    to.version = from.version();
  }

  private Group toDomain(GroupEntity e) {
    return new Group(
        e.id,
        e.organizationId,
        e.displayName,
        e.externalId,
        e.createdAt,
        e.lastModifiedAt,
        e.version);
  }
}
