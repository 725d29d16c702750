package dev.roster.application.scim;

import dev.roster.scim.model.JsonTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the product fields out of a canonical User tree: the queryable columns, the role values
 * (primary first) and the write-only password; and the document stored for everything else.
 */
final class UserDocument {
  /** Attributes kept in their own columns or never stored in the JSON document. */
  private static final List<String> NOT_STORED =
      List.of("id", "meta", "groups", "schemas", "userName", "externalId", "active", "password");

  private final Map<String, Object> tree;

  UserDocument(Map<String, Object> tree) {
    this.tree = tree;
  }

  public String userName() {
    return text(tree.get("userName"));
  }

  public String externalId() {
    return text(tree.get("externalId"));
  }

  public String displayName() {
    return text(tree.get("displayName"));
  }

  public String password() {
    return text(tree.get("password"));
  }

  /** null when the client did not send {@code active}. */
  public Boolean active() {
    return tree.get("active") instanceof Boolean b ? b : null;
  }

  public String givenName() {
    return tree.get("name") instanceof Map<?, ?> m ? text(m.get("givenName")) : null;
  }

  public String familyName() {
    return tree.get("name") instanceof Map<?, ?> m ? text(m.get("familyName")) : null;
  }

  /** The primary email, else the first one. */
  public String email() {
    List<String> values = valuesPrimaryFirst("emails");
    return values.isEmpty() ? null : values.get(0);
  }

  /** {@code roles[].value}, the primary one first. */
  public List<String> roleValues() {
    return valuesPrimaryFirst("roles");
  }

  private List<String> valuesPrimaryFirst(String attribute) {
    List<String> result = new ArrayList<>();
    if (tree.get(attribute) instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m && m.get("value") != null) {
          String value = m.get("value").toString();
          if (Boolean.TRUE.equals(m.get("primary"))) {
            result.add(0, value);
          } else {
            result.add(value);
          }
        }
      }
    }
    return result;
  }

  /** The JSON document to store: every attribute except the ones above. */
  public String storedJson() {
    Map<String, Object> stored = new LinkedHashMap<>(tree);
    NOT_STORED.forEach(stored::remove);
    return stored.isEmpty() ? null : JsonTree.toJsonObject(stored).toString();
  }

  /** A stored user's SCIM attributes by name (what a change event compares). */
  public static Map<String, Object> attributes(dev.roster.domain.user.User user) {
    return editable(user.scimAttributes(), user.userName(), user.externalId(), user.active());
  }

  /** The tree to patch: stored document plus the column values. */
  static Map<String, Object> editable(
      String storedJson, String userName, String externalId, boolean active) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("userName", userName);
    if (externalId != null) {
      tree.put("externalId", externalId);
    }
    tree.put("active", active);
    tree.putAll(JsonTree.parse(storedJson));
    return tree;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString();
    return s.isBlank() ? null : s;
  }
}
