package dev.roster.persistence.scim;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.schema.ScimSchemas;
import java.util.List;
import java.util.Map;

/**
 * User string attributes kept in the {@code user_attribute} side table, one row per value: their
 * index paths (lower-case; {@code enterprise:} for the enterprise extension) and how a filter
 * condition on one becomes {@code exists (...)} over that table. The paths are fixed here, never
 * taken from the request, so they appear in the SQL text; filter values are bound parameters.
 */
public final class IndexedAttributes {
  public static final String ENTERPRISE = "enterprise:";

  /** Index path of every attribute written to the side table. */
  public static final List<String> PATHS =
      List.of(
          "title",
          "nickname",
          "usertype",
          "preferredlanguage",
          "locale",
          "timezone",
          "profileurl",
          "name.formatted",
          "name.middlename",
          "name.honorificprefix",
          "name.honorificsuffix",
          "phonenumbers.value",
          "phonenumbers.type",
          "addresses.formatted",
          "addresses.streetaddress",
          "addresses.locality",
          "addresses.region",
          "addresses.postalcode",
          "addresses.country",
          "addresses.type",
          "roles.value",
          "roles.type",
          "roles.display",
          "entitlements.value",
          "entitlements.type",
          "ims.value",
          "ims.type",
          ENTERPRISE + "employeenumber",
          ENTERPRISE + "costcenter",
          ENTERPRISE + "organization",
          ENTERPRISE + "division",
          ENTERPRISE + "department",
          ENTERPRISE + "manager.value");

  /** A multi-valued or complex attribute named without its sub-attribute means its value. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "phonenumbers",
          "phonenumbers.value",
          "roles",
          "roles.value",
          "entitlements",
          "entitlements.value",
          "ims",
          "ims.value",
          ENTERPRISE + "manager",
          ENTERPRISE + "manager.value");

  private IndexedAttributes() {}

  /** The index path a filter's attribute path refers to, or null when it is not indexed. */
  static String pathOf(AttributePath path) {
    String name = ScimSql.name(path);
    String key;
    if (path.schemaUrn() == null || path.schemaUrn().equalsIgnoreCase(ScimSchemas.USER)) {
      key = name;
    } else if (path.schemaUrn().equalsIgnoreCase(ScimSchemas.ENTERPRISE_USER)) {
      key = ENTERPRISE + name;
    } else {
      return null;
    }
    key = ALIASES.getOrDefault(key, key);
    return PATHS.contains(key) ? key : null;
  }

  /** Rows of this user for {@code path} satisfying {@code condition} on {@code a.value_key}. */
  static String exists(String path, String condition) {
    return "exists (select 1 from user_attribute a where a.user_id = u.id and a.path = '"
        + path
        + "'"
        + (condition == null ? "" : " and " + condition)
        + ")";
  }

  static Column valueColumn() {
    return new Column("a.value_key", Column.Type.CASE_INSENSITIVE);
  }
}
