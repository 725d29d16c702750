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
