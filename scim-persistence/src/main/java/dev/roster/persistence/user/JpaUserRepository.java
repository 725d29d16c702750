package dev.roster.persistence.user;

import dev.roster.domain.role.Role;
import dev.roster.domain.role.RoleDecision;
import dev.roster.domain.role.RoleMapping;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserRepository;
import dev.roster.domain.user.UserStatus;
import dev.roster.persistence.scim.UniqueViolation;
import dev.roster.scim.error.UniquenessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Override
  public Optional<User> findById(UUID organizationId, UUID id) {
    return find(organizationId, id, true);
  }

  @Override
  public Optional<User> findForDisplay(UUID organizationId, UUID id) {
    return find(organizationId, id, false);
  }

  private Optional<User> find(UUID organizationId, UUID id, boolean withIdpRoles) {
    UserEntity e = em.find(UserEntity.class, id);
    return e == null || !e.organizationId.equals(organizationId)
        ? Optional.empty()
        : Optional.of(toDomain(e, withIdpRoles));
  }

  @Override
  public Optional<User> findByIdForUpdate(UUID organizationId, UUID id) {
    UserEntity e = em.find(UserEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    return e == null || !e.organizationId.equals(organizationId)
        ? Optional.empty()
        : Optional.of(toDomain(e, true));
  }

  @Override
  public Optional<User> findByEmail(UUID organizationId, String email) {
    return single(
        "select u from UserEntity u where u.organizationId = :org and u.emailKey = :key",
        organizationId,
        key(email));
  }

  private Optional<User> single(String jpql, UUID organizationId, String key) {
    return em.createQuery(jpql, UserEntity.class)
        .setParameter("org", organizationId)
        .setParameter("key", key)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(e -> toDomain(e, true));
  }

  @Override
  public boolean userNameTaken(UUID organizationId, String userName, UUID exceptId) {
    return !em.createQuery(
            "select u.id from UserEntity u where u.organizationId = :org and u.userNameKey = :key"
                + " and u.id <> :except",
            UUID.class)
        .setParameter("org", organizationId)
        .setParameter("key", key(userName))
        .setParameter("except", exceptId == null ? new UUID(0, 0) : exceptId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public UserPage search(UUID organizationId, String text, UserStatus status, int page, int size) {
    StringBuilder where = new StringBuilder(" from UserEntity u where u.organizationId = :org");
    if (text != null && !text.isBlank()) {
      where.append(
          " and (u.userNameKey like :text escape '\\' or u.emailKey like :text escape '\\'"
              + " or lower(u.displayName) like :text escape '\\')");
    }
    if (status != null) {
      where.append(" and u.status = :status");
    }
    TypedQuery<UserEntity> items =
        em.createQuery("select u" + where + " order by u.userNameKey, u.id", UserEntity.class);
    TypedQuery<Long> total = em.createQuery("select count(u)" + where, Long.class);
    for (TypedQuery<?> q : List.of(items, total)) {
      q.setParameter("org", organizationId);
      if (text != null && !text.isBlank()) {
        q.setParameter("text", "%" + escapeLike(key(text.strip())) + "%");
      }
      if (status != null) {
        q.setParameter("status", status.name());
      }
    }
    List<User> users =
        items
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultStream()
            .map(e -> toDomain(e, false))
            .toList();
    return new UserPage(users, total.getSingleResult());
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
  }

  /** A userName taken by a concurrent request since the up-front check is a 409, not a 500. */
  private void flushUnique(User user) {
    UniqueViolation.flush(
        em, () -> new UniquenessException("userName '" + user.userName() + "' is already taken."));
  }

  @Override
  public void update(User user) {
    UserEntity e = em.find(UserEntity.class, user.id());
    boolean rolesChanged = !readIdpRoles(e).equals(keys(user.idpRoles()));
    copy(user, e);
    if (rolesChanged) {
      em.createQuery("delete from UserIdpRoleEntity r where r.userId = :id")
          .setParameter("id", user.id())
          .executeUpdate();
      writeIdpRoles(user);
    }
    flushUnique(user);
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
    return em.createQuery(
            "select count(u) from UserEntity u where u.organizationId = :org and u.scimManaged = true",
            Long.class)
        .setParameter("org", organizationId)
        .getSingleResult();
  }

  @Override
  public int releaseAllFromScim(UUID organizationId) {
    return em.createQuery(
            "update UserEntity u set u.scimManaged = false, u.version = u.version + 1"
                + " where u.organizationId = :org and u.scimManaged = true")
        .setParameter("org", organizationId)
        .executeUpdate();
  }

  @Override
  public int lockAllScimManaged(UUID organizationId) {
    return em.createQuery(
            "update UserEntity u set u.scimManaged = false, u.status = 'LOCKED',"
                + " u.version = u.version + 1"
                + " where u.organizationId = :org and u.scimManaged = true")
        .setParameter("org", organizationId)
        .executeUpdate();
  }

  @Override
  public int recomputeRoles(UUID organizationId, Role defaultRole, boolean groupMappingsApply) {
    em.flush();
    int written =
        em.unwrap(Session.class)
            .doReturningWork(
                c -> RoleRecomputation.run(c, organizationId, defaultRole, groupMappingsApply));
    em.clear(); // the statements bypassed the persistence context: reload what is read next
    return written;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> groupNames(UUID organizationId, UUID userId) {
    return em.createNativeQuery(
            "select g.display_name from group_member gm join scim_group g on g.id = gm.group_id"
                + " where gm.member_id = :user and g.organization_id = :org order by g.display_name_key")
        .setParameter("user", userId)
        .setParameter("org", organizationId)
        .getResultList();
  }

  @Override
  public boolean hasActiveAdmin(UUID organizationId) {
    em.flush(); // the question is about the state after this transaction's own changes
    return !em.createQuery(
            "select u.id from UserEntity u where u.organizationId = :org"
                + " and u.status = 'ACTIVE' and u.role = 'ADMIN'",
            UUID.class)
        .setParameter("org", organizationId)
        .setMaxResults(1)
        .getResultList()
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

  private List<String> readIdpRoles(UserEntity e) {
    return em.createQuery(
            "select r.valueKey from UserIdpRoleEntity r where r.userId = :id order by r.ordinal",
            String.class)
        .setParameter("id", e.id)
        .getResultList();
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
    to.userNameKey = key(from.userName());
    to.externalId = from.externalId();
    to.displayName = from.displayName();
    to.email = from.email();
    to.emailKey = key(from.email());
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

  /**
   * Maps an entity; IdP role values are read only for single-user loads, which are the only ones
   * that get updated. List pages stay one query.
   */
  User toDomain(UserEntity e, boolean withIdpRoles) {
    RoleDecision decision =
        new RoleDecision(
            Role.valueOf(e.role), RoleDecision.Reason.valueOf(e.roleReason), e.roleMappingId);
    return new User(
        e.id,
        e.organizationId,
        e.userName,
        e.externalId,
        e.displayName,
        e.email,
        e.givenName,
        e.familyName,
        e.active,
        UserStatus.valueOf(e.status),
        decision,
        e.scimManaged,
        e.passwordHash,
        e.attributes,
        withIdpRoles ? readIdpRoles(e) : List.of(),
        e.createdAt,
        e.lastModifiedAt,
        e.version);
  }

  static String key(String value) {
    return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
  }

  static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
