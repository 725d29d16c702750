package dev.roster.persistence.user;

import dev.roster.domain.common.Keys;
import dev.roster.domain.user.User;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a user's rows of the {@code user_email} table from its stored SCIM document: one row per
 * email with a value, lower-cased, in one multi-row insert.
 */
final class UserEmailIndex {
  private UserEmailIndex() {}

  record Row(int ordinal, String value, String type, boolean primary) {}

  static void write(EntityManager em, User user, List<Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    // One multi-row insert for all of a user's emails (portable to H2), not one per email.
    StringBuilder sql =
        new StringBuilder(
            "insert into user_email (user_id, organization_id, ordinal, value_key, type_key,"
                + " is_primary) values ");
    for (int i = 0; i < rows.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("(:user, :org, ")
          .append(rows.get(i).ordinal())
          .append(", :value")
          .append(i)
          .append(", ")
          .append(rows.get(i).type() == null ? "null" : ":type" + i)
          .append(", :primary")
          .append(i)
          .append(")");
    }
    Query insert = em.createNativeQuery(sql.toString());
    insert.setParameter("user", user.id()).setParameter("org", user.organizationId());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.type() != null) {
        insert.setParameter("type" + i, row.type());
      }
      insert.setParameter("value" + i, row.value()).setParameter("primary" + i, row.primary());
    }
    insert.executeUpdate();
  }

  static void delete(EntityManager em, User user) {
    em.createNativeQuery("delete from user_email where user_id = :id")
        .setParameter("id", user.id())
        .executeUpdate();
  }

  static List<Row> rows(Map<String, Object> document) {
    List<Row> rows = new ArrayList<>();
    if (document.get("emails") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m && m.get("value") != null) {
          rows.add(
              new Row(
                  rows.size(),
                  truncate(lower(m.get("value")), 320),
                  truncate(lower(m.get("type")), 64),
                  Boolean.TRUE.equals(m.get("primary"))));
        }
      }
    }
    return rows;
  }

  private static String lower(Object value) {
    return value == null ? null : Keys.of(value.toString());
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
