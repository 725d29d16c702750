package dev.roster.persistence.user;

import dev.roster.domain.group.GroupRepository.GroupRef;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserSearch;
import dev.roster.persistence.common.NativeValues;
import dev.roster.persistence.scim.ScimSql;
import dev.roster.persistence.scim.UserColumns;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SCIM user queries in SQL, and the side tables (emails, string attributes) that filters use. */
@ApplicationScoped
public class JpaUserSearch implements UserSearch {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JpaUserRepository users;

  @Override
  public ResultPage<User> search(UUID organizationId, ResourceQuery query) {
    ScimSql sql = new ScimSql(UserColumns.INSTANCE, organizationId, query);
    if (query.cursorPaged()) {
      return sql.<UserEntity>cursorPage(em, UserEntity.WITH_SORT_KEY, e -> e.id)
          .map(e -> users.toDomain(e, false));
    }
    return sql.search(em, UserEntity.class).map(e -> users.toDomain(e, false));
  }

  @Override
  public Optional<WithGroups> findWithGroups(UUID organizationId, UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select u.*, g.id as group_id, g.display_name as group_name from app_user u"
                    + " left join group_member gm on gm.member_id = u.id"
                    + " and gm.organization_id = u.organization_id"
                    + " left join scim_group g on g.id = gm.group_id"
                    + " where u.id = :id and u.organization_id = :org"
                    + " order by g.display_name_key, g.id",
                UserEntity.WITH_GROUP)
            .setParameter("id", id)
            .setParameter("org", organizationId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<GroupRef> groups = new ArrayList<>();
    for (Object[] row : rows) {
      if (row[1] != null) {
        groups.add(new GroupRef(NativeValues.uuid(row[1]), (String) row[2]));
      }
    }
    return Optional.of(
        new WithGroups(users.toDomain((UserEntity) rows.get(0)[0], false), List.copyOf(groups)));
  }

  @Override
  public void index(User user) {
    UserEmailIndex.write(em, user);
    UserAttributeIndex.write(em, user);
  }

  @Override
  public void reindex(User user) {
    em.flush();
    UserEmailIndex.delete(em, user);
    UserAttributeIndex.delete(em, user);
    index(user);
  }
}
