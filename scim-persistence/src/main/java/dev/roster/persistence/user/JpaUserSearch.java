package dev.roster.persistence.user;

import dev.roster.domain.user.User;
import dev.roster.domain.user.UserSearch;
import dev.roster.persistence.scim.ScimSql;
import dev.roster.persistence.scim.UserColumns;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
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
    long total = sql.count(em);
    List<UserEntity> rows = total == 0 ? List.of() : sql.page(em, query, UserEntity.class);
    return new ResultPage<>(rows.stream().map(e -> users.toDomain(e, false)).toList(), total);
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
