package dev.roster.persistence.user;

import dev.roster.domain.common.Keys;
import dev.roster.domain.user.User;
import dev.roster.persistence.scim.IndexedAttributes;
import dev.roster.scim.schema.ScimSchemas;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a user's rows of the {@code user_attribute} side table from its stored SCIM document: one
 * row per value of each {@link IndexedAttributes#PATHS path}, in one multi-row insert.
 */
final class UserAttributeIndex {
  private static final int MAX_VALUE = 500;

  private UserAttributeIndex() {}

  record Row(String path, int idx, String value) {}

  static void write(EntityManager em, User user, List<Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "insert into user_attribute (user_id, organization_id, path, idx, value_key) values ");
    for (int i = 0; i < rows.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("(:user, :org, :p")
          .append(i)
          .append(", ")
          .append(rows.get(i).idx())
          .append(", :v")
          .append(i)
          .append(")");
    }
    Query insert = em.createNativeQuery(sql.toString());
    insert.setParameter("user", user.id()).setParameter("org", user.organizationId());
    for (int i = 0; i < rows.size(); i++) {
      insert.setParameter("p" + i, rows.get(i).path()).setParameter("v" + i, rows.get(i).value());
    }
    insert.executeUpdate();
  }

  static void delete(EntityManager em, User user) {
    em.createNativeQuery("delete from user_attribute where user_id = :id")
        .setParameter("id", user.id())
        .executeUpdate();
  }

  static List<Row> rows(Map<String, Object> document) {
    List<Row> rows = new ArrayList<>();
    for (String path : IndexedAttributes.PATHS) {
      Object root = document;
      String dotted = path;
      if (path.startsWith(IndexedAttributes.ENTERPRISE)) {
        root = get(document, ScimSchemas.ENTERPRISE_USER);
        dotted = path.substring(IndexedAttributes.ENTERPRISE.length());
      }
      List<String> values = new ArrayList<>();
      collect(root, dotted.split("\\."), 0, values);
      for (int i = 0; i < values.size(); i++) {
        rows.add(new Row(path, i, values.get(i)));
      }
    }
    return rows;
  }

  private static void collect(Object node, String[] segments, int at, List<String> out) {
    if (node instanceof List<?> list) {
      list.forEach(element -> collect(element, segments, at, out));
    } else if (at == segments.length) {
      if (node != null && !(node instanceof Map<?, ?>)) {
        String value = Keys.of(node.toString());
        if (!value.isEmpty()) {
          out.add(value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE));
        }
      }
    } else {
      collect(get(node, segments[at]), segments, at + 1, out);
    }
  }

  /** The member named {@code name}, compared without regard to case, of a JSON object. */
  private static Object get(Object node, String name) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getKey().toString().equalsIgnoreCase(name)) {
          return e.getValue();
        }
      }
    }
    return null;
  }
}
