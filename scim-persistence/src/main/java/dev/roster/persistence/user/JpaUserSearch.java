package dev.roster.persistence.user;

import static dev.roster.persistence.common.JdbcReads.uuid;

import dev.roster.domain.group.GroupRepository.GroupRef;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserSearch;
import dev.roster.persistence.common.JdbcReads;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * SCIM user queries in SQL (over JDBC, see {@link JdbcReads}), and the side tables (emails, string
 * attributes) that filters use.
 */
@ApplicationScoped
public class JpaUserSearch implements UserSearch {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JpaUserRepository users;

  @Inject JdbcReads db;

  @Override
  public ResultPage<User> search(UUID organizationId, ResourceQuery query) {
    ScimSql sql = new ScimSql(UserColumns.INSTANCE, organizationId, query);
    if (query.cursorPaged()) {
      return sql.cursorPage(db, UserRows.ENTITY, e -> e.id).map(e -> users.toDomain(e, false));
    }
    return sql.search(db, UserRows.ENTITY).map(e -> users.toDomain(e, false));
  }

  @Override
  public Optional<WithGroups> findWithGroups(UUID organizationId, UUID id) {
    List<Object[]> rows =
        db.list(
            "select u.*, g.id as group_id, g.display_name as group_name from app_user u"
                + " left join group_member gm on gm.member_id = u.id"
                + " and gm.organization_id = u.organization_id"
                + " left join scim_group g on g.id = gm.group_id"
                + " where u.id = :p1 and u.organization_id = :p2"
                + " order by g.display_name_key, g.id",
            Map.of("p1", id, "p2", organizationId),
            r ->
                new Object[] {
                  UserRows.ENTITY.map(r), uuid(r, "group_id"), r.getString("group_name")
                });
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<GroupRef> groups = new ArrayList<>();
    for (Object[] row : rows) {
      if (row[1] != null) {
        groups.add(new GroupRef((UUID) row[1], (String) row[2]));
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
