package dev.roster.persistence.user;

import dev.roster.domain.common.Keys;
import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleMapping;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.UniqueViolation;
import dev.roster.scim.error.UniquenessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * Users and their side tables: the IdP role values and the filter index ({@link UserSearchIndex}),
 * kept in step with every add and update. Writes go through JPA; every read is SQL over {@link
 * JdbcReads}, each row mapped by {@link UserRows} (a load for update locks the row in the same
 * statement, {@code for update}, on the transaction's connection).
 */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {
  /** A user by id with its IdP role values, in one statement. */
  private static final String BY_ID =
      "select u.*, "
          + UserRows.IDP_ROLES
          + " from app_user u where u.id = ? and u.organization_id = ?";

  private static final String BY_KEY =
      "select u.*, "
          + UserRows.IDP_ROLES
          + " from app_user u where u.organization_id = ? and u.%s = ? fetch first 1 rows only";

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JdbcReads db;

  @Override
  public Optional<User> findById(UUID organizationId, UUID id) {
    return db.list(BY_ID, List.of(id, organizationId), UserRows.USER_WITH_IDP_ROLES).stream()
        .findFirst();
  }

  @Override
  public Optional<User> findForDisplay(UUID organizationId, UUID id) {
    return db
        .list(
            "select u.* from app_user u where u.id = ? and u.organization_id = ?",
            List.of(id, organizationId),
            UserRows.USER)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<User> findByIdForUpdate(UUID organizationId, UUID id) {
    return db
        .list(BY_ID + " for update", List.of(id, organizationId), UserRows.USER_WITH_IDP_ROLES)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<User> findByEmail(UUID organizationId, String email) {
    return byKey("email_key", organizationId, Keys.of(email));
  }

  @Override
  public Optional<User> findByEmailOrUserName(UUID organizationId, String email) {
    return findByEmail(organizationId, email)
        .or(() -> byKey("user_name_key", organizationId, Keys.of(email)));
  }

  /** A user by one of its key columns, with its IdP role values. */
  private Optional<User> byKey(String column, UUID organizationId, String key) {
    return db
        .list(
            BY_KEY.formatted(column),
            Arrays.asList(organizationId, key),
            UserRows.USER_WITH_IDP_ROLES)
        .stream()
        .findFirst();
  }

  @Override
  public void add(User user) {
    UserEntity e = new UserEntity();
    e.id = user.id();
    e.organizationId = user.organizationId();
    e.createdAt = user.createdAt();
    copy(user, e);
    em.persist(e);
    writeIdpRoles(user);
    flushUnique(user);
    UserSearchIndex.add(em, user);
  }

  /** The unique index decides whether userName is free; its violation is a 409 uniqueness. */
  private void flushUnique(User user) {
    UniqueViolation.flush(
        em, () -> new UniquenessException("userName '" + user.userName() + "' is already taken."));
  }

  @Override
  public void update(User user) {
    UserEntity e = em.find(UserEntity.class, user.id());
    boolean rolesChanged = !readIdpRoles(e.id).equals(keys(user.idpRoles()));
    String attributesBefore = e.attributes;
    copy(user, e);
    if (rolesChanged) {
      em.createQuery("delete from UserIdpRoleEntity r where r.userId = :id")
          .setParameter("id", user.id())
          .executeUpdate();
      writeIdpRoles(user);
    }
    flushUnique(user);
    UserSearchIndex.update(em, user, attributesBefore);
  }

  @Override
  public void remove(User user) {
    em.createQuery("delete from UserIdpRoleEntity r where r.userId = :id")
        .setParameter("id", user.id())
        .executeUpdate();
    em.createNativeQuery("delete from group_member where member_id = :id")
        .setParameter("id", user.id())
        .executeUpdate();
    em.remove(em.find(UserEntity.class, user.id()));
  }

  @Override
  public long countScimManaged(UUID organizationId) {
    return db.list(
            "select count(*) from app_user where organization_id = ? and scim_managed = true",
            List.of(organizationId),
            r -> r.getLong(1))
        .get(0);
  }

  @Override
  public int releaseAllFromScim(UUID organizationId) {
    return setBased(c -> ScimManagementEnd.release(c, organizationId, Instant.now()));
  }

  @Override
  public int lockAllScimManaged(UUID organizationId) {
    return setBased(c -> ScimManagementEnd.lock(c, organizationId, Instant.now()));
  }

  @Override
  public int recomputeRoles(UUID organizationId, Role defaultRole, boolean groupMappingsApply) {
    return setBased(
        c ->
            RoleRecomputation.run(
                c, organizationId, defaultRole, groupMappingsApply, Instant.now()));
  }

  /**
   * Runs set-based statements on the transaction's connection after flushing pending changes; they
   * bypass the persistence context, so it is cleared: what is read next is reloaded.
   */
  private int setBased(ReturningWork<Integer> statements) {
    em.flush();
    int changed = em.unwrap(Session.class).doReturningWork(statements);
    em.clear();
    return changed;
  }

  @Override
  public List<String> groupNames(UUID organizationId, UUID userId) {
    return db.list(
        "select g.display_name from group_member gm join scim_group g on g.id = gm.group_id"
            + " where gm.member_id = ? and g.organization_id = ? order by g.display_name_key",
        List.of(userId, organizationId),
        r -> r.getString(1));
  }

  @Override
  public boolean hasActiveAdmin(UUID organizationId) {
    // Read over the transaction's connection after a flush: the question is about the state after
    // this transaction's own changes.
    return !db.list(
            "select u.id from app_user u where u.organization_id = ?"
                + " and u.status = 'ACTIVE' and u.role = 'ADMIN' fetch first 1 rows only",
            List.of(organizationId),
            r -> r.getObject(1))
        .isEmpty();
  }

  private void writeIdpRoles(User user) {
    List<String> keys = keys(user.idpRoles());
    for (int i = 0; i < keys.size(); i++) {
      UserIdpRoleEntity r = new UserIdpRoleEntity();
      r.userId = user.id();
      r.ordinal = i;
      r.organizationId = user.organizationId();
      r.valueKey = keys.get(i);
      em.persist(r);
    }
  }

  private List<String> readIdpRoles(UUID userId) {
    return db.list(
        "select value_key from user_idp_role where user_id = ? order by ordinal",
        List.of(userId),
        r -> r.getString(1));
  }

  private static List<String> keys(List<String> values) {
    List<String> keys = new ArrayList<>();
    for (String v : values) {
      String k = RoleMapping.normalize(v);
      if (k != null && !k.isEmpty() && !keys.contains(k)) {
        keys.add(k);
      }
    }
    return keys;
  }

  private static void copy(User from, UserEntity to) {
    to.userName = from.userName();
    to.userNameKey = Keys.of(from.userName());
    to.externalId = from.externalId();
    to.displayName = from.displayName();
    to.email = from.email();
    to.emailKey = Keys.of(from.email());
    to.givenName = from.givenName();
    to.familyName = from.familyName();
    to.active = from.active();
    to.status = from.status().name();
    to.role = from.role().name();
    to.roleReason = from.roleDecision().reason().name();
    to.roleMappingId = from.roleDecision().mappingId();
    to.scimManaged = from.scimManaged();
    to.passwordHash = from.passwordHash();
    to.attributes = from.scimAttributes();
    to.lastModifiedAt = from.lastModifiedAt();
    to.version = from.version();
  }
}
