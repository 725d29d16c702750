package dev.roster.persistence.scim;

import static dev.roster.persistence.scim.Column.Type.BOOLEAN;
import static dev.roster.persistence.scim.Column.Type.CASE_INSENSITIVE;
import static dev.roster.persistence.scim.Column.Type.EXACT;
import static dev.roster.persistence.scim.Column.Type.TIMESTAMP;
import static dev.roster.persistence.scim.Column.Type.UUID;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.schema.ScimSchemas;
import java.util.Map;

/** Filterable and sortable User attributes. */
public final class UserColumns implements ResourceColumns {
  public static final UserColumns INSTANCE = new UserColumns();

  private static final Map<String, Column> COLUMNS =
      Map.of(
          "id", Column.notNull("u.id", UUID),
          "username", Column.notNull("u.user_name_key", CASE_INSENSITIVE),
          "externalid", new Column("u.external_id", EXACT),
          "displayname", new Column("lower(u.display_name)", CASE_INSENSITIVE),
          "active", Column.notNull("u.active", BOOLEAN),
          "name.givenname", new Column("lower(u.given_name)", CASE_INSENSITIVE),
          "name.familyname", new Column("lower(u.family_name)", CASE_INSENSITIVE),
          "meta.created", Column.notNull("u.created_at", TIMESTAMP),
          "meta.lastmodified", Column.notNull("u.last_modified_at", TIMESTAMP));

  /** The primary email, kept beside the user for sorting. */
  private static final Column EMAIL = new Column("u.email_key", CASE_INSENSITIVE);

  private static final Map<String, MultiValued> MULTI =
      Map.of(
          "emails",
          new MultiValued(
              "user_email e",
              "e.user_id = u.id",
              "value",
              Map.of(
                  "value", new Column("e.value_key", CASE_INSENSITIVE),
                  "type", new Column("e.type_key", CASE_INSENSITIVE),
                  "primary", new Column("e.is_primary", BOOLEAN))),
          "groups",
          new MultiValued(
              "group_member gm join scim_group gd on gd.id = gm.group_id",
              "gm.member_id = u.id",
              "value",
              Map.of(
                  "value", new Column("gm.group_id", UUID),
                  "display", new Column("gd.display_name_key", CASE_INSENSITIVE))));

  private UserColumns() {}

  @Override
  public String from() {
    return "app_user u";
  }

  @Override
  public String id() {
    return "u.id";
  }

  @Override
  public Column defaultSort() {
    return COLUMNS.get("meta.created");
  }

  @Override
  public String coreUrn() {
    return ScimSchemas.USER;
  }

  @Override
  public Map<String, Column> columns() {
    return COLUMNS;
  }

  @Override
  public Map<String, MultiValued> multiValued() {
    return MULTI;
  }

  @Override
  public boolean hasIndexedAttributes() {
    return true;
  }

  @Override
  public Column sortColumn(AttributePath path) {
    String name = ScimSql.name(path);
    if (name.equals("emails") || name.equals("emails.value")) {
      return EMAIL;
    }
    return ResourceColumns.super.sortColumn(path);
  }
}
