package dev.roster.persistence.scim;

import static dev.roster.persistence.scim.Column.Type.CASE_INSENSITIVE;
import static dev.roster.persistence.scim.Column.Type.EXACT;
import static dev.roster.persistence.scim.Column.Type.TIMESTAMP;
import static dev.roster.persistence.scim.Column.Type.UUID;

import dev.roster.scim.schema.ScimSchemas;
import java.util.Map;

/** Filterable and sortable Group attributes. */
public final class GroupColumns implements ResourceColumns {
  public static final GroupColumns INSTANCE = new GroupColumns();

  private static final Map<String, Column> COLUMNS =
      Map.of(
          "id", Column.notNull("g.id", UUID),
          "displayname", Column.notNull("g.display_name_key", CASE_INSENSITIVE),
          "externalid", new Column("g.external_id", EXACT),
          "meta.created", Column.notNull("g.created_at", TIMESTAMP),
          "meta.lastmodified", Column.notNull("g.last_modified_at", TIMESTAMP));

  private static final Map<String, MultiValued> MULTI =
      Map.of(
          "members",
          new MultiValued(
              "group_member gm",
              "gm.group_id = g.id",
              "value",
              Map.of("value", new Column("gm.member_id", UUID))));

  private GroupColumns() {}

  @Override
  public String from() {
    return "scim_group g";
  }

  @Override
  public String id() {
    return "g.id";
  }

  @Override
  public Column defaultSort() {
    return COLUMNS.get("meta.created");
  }

  @Override
  public String coreUrn() {
    return ScimSchemas.GROUP;
  }

  @Override
  public Map<String, Column> columns() {
    return COLUMNS;
  }

  @Override
  public Map<String, MultiValued> multiValued() {
    return MULTI;
  }
}
