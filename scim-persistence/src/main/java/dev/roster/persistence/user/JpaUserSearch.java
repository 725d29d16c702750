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
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** SCIM user queries in SQL, and the email index that filters on emails use. */
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
    indexEmails(user);
    UserAttributeIndex.write(em, user);
  }

  @Override
  public void reindex(User user) {
    em.flush();
    em.createNativeQuery("delete from user_email where user_id = :id")
        .setParameter("id", user.id())
        .executeUpdate();
    UserAttributeIndex.delete(em, user);
    index(user);
  }

  private void indexEmails(User user) {
    List<Map<?, ?>> emails = emails(user);
    if (emails.isEmpty()) {
      return;
    }
    // One multi-row insert for all of a user's emails (portable to H2), not one per email.
    StringBuilder sql =
        new StringBuilder(
            "insert into user_email (user_id, organization_id, ordinal, value_key, type_key,"
                + " is_primary) values ");
    for (int i = 0; i < emails.size(); i++) {
      String type = truncate(lower(emails.get(i).get("type")), 64);
      sql.append(i == 0 ? "" : ", ")
          .append("(:user, :org, ")
          .append(i)
          .append(", :value")
          .append(i)
          .append(", ")
          .append(type == null ? "null" : ":type" + i)
          .append(", :primary")
          .append(i)
          .append(")");
    }
    Query insert = em.createNativeQuery(sql.toString());
    insert.setParameter("user", user.id()).setParameter("org", user.organizationId());
    for (int i = 0; i < emails.size(); i++) {
      Map<?, ?> m = emails.get(i);
      String type = truncate(lower(m.get("type")), 64);
      if (type != null) {
        insert.setParameter("type" + i, type);
      }
      insert
          .setParameter("value" + i, truncate(lower(m.get("value")), 320))
          .setParameter("primary" + i, Boolean.TRUE.equals(m.get("primary")));
    }
    insert.executeUpdate();
  }

  private static List<Map<?, ?>> emails(User user) {
    List<Map<?, ?>> emails = new ArrayList<>();
    if (JsonTree.parse(user.scimAttributes()).get("emails") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m && m.get("value") != null) {
          emails.add(m);
        }
      }
    }
    return emails;
  }

  private static String lower(Object value) {
    return value == null ? null : value.toString().strip().toLowerCase(Locale.ROOT);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
