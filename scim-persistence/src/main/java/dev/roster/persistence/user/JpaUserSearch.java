package dev.roster.persistence.user;

import dev.roster.domain.user.User;
import dev.roster.domain.user.UserSearch;
import dev.roster.persistence.scim.ScimSql;
import dev.roster.persistence.scim.UserColumns;
import dev.roster.scim.model.JsonTree;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** SCIM user queries in SQL, and the email index that filters on emails use. */
@ApplicationScoped
public class JpaUserSearch implements UserSearch {
  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject JpaUserRepository users;

  @Override
  public ResultPage<User> search(UUID organizationId, ResourceQuery query) {
    ScimSql sql = new ScimSql(UserColumns.INSTANCE, organizationId, query);
    long total = sql.count(em);
    List<UUID> ids = total == 0 ? List.of() : sql.ids(em, query);
    if (ids.isEmpty()) {
      return new ResultPage<>(List.of(), total);
    }
    Map<UUID, UserEntity> byId =
        em.createQuery("select u from UserEntity u where u.id in :ids", UserEntity.class)
            .setParameter("ids", ids)
            .getResultStream()
            .collect(Collectors.toMap(e -> e.id, Function.identity()));
    return new ResultPage<>(
        ids.stream().map(byId::get).map(e -> users.toDomain(e, false)).toList(), total);
  }

  @Override
  public void reindex(User user) {
    em.flush();
    em.createNativeQuery("delete from user_email where user_id = :id")
        .setParameter("id", user.id())
        .executeUpdate();
    Object emails = JsonTree.parse(user.scimAttributes()).get("emails");
    if (!(emails instanceof List<?> list)) {
      return;
    }
    int ordinal = 0;
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> m) || m.get("value") == null) {
        continue;
      }
      String type = truncate(lower(m.get("type")), 64);
      var insert =
          em.createNativeQuery(
              "insert into user_email (user_id, organization_id, ordinal, value_key, type_key,"
                  + " is_primary) values (:user, :org, :ordinal, :value, "
                  + (type == null ? "null" : ":type")
                  + ", :primary)");
      if (type != null) {
        insert.setParameter("type", type);
      }
      insert
          .setParameter("user", user.id())
          .setParameter("org", user.organizationId())
          .setParameter("ordinal", ordinal++)
          .setParameter("value", truncate(lower(m.get("value")), 320))
          .setParameter("primary", Boolean.TRUE.equals(m.get("primary")))
          .executeUpdate();
    }
  }

  private static String lower(Object value) {
    return value == null ? null : value.toString().strip().toLowerCase(Locale.ROOT);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
