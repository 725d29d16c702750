package dev.roster.persistence.group;

import static dev.roster.persistence.common.JdbcReads.instant;
import static dev.roster.persistence.common.JdbcReads.uuid;

import dev.roster.domain.group.Group;
import dev.roster.persistence.common.SqlReader.RowMapper;

/** The one mapping of a {@code scim_group} row ({@code g.*}) to a {@link Group}, for every read. */
final class GroupRows {
  static final RowMapper<Group> GROUP =
      r ->
          new Group(
              uuid(r, "id"),
              uuid(r, "organization_id"),
              r.getString("display_name"),
              r.getString("external_id"),
              instant(r, "created_at"),
              instant(r, "last_modified_at"),
              r.getLong("version"));

  private GroupRows() {}
}
