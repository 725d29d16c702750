package dev.roster.persistence.group;

import dev.roster.domain.common.Keys;
import dev.roster.domain.group.GroupSearch;
import dev.roster.persistence.common.SqlParams;
import dev.roster.persistence.common.SqlReader;
import dev.roster.persistence.common.SqlReader.RowMapper;
import dev.roster.scim.query.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The admin console's group queries as SQL over JDBC, each group row mapped by {@link GroupRows}.
 * Member counts are computed in the same statement, per group of the page, from the membership
 * index (group_member_added_idx, read alone): no query per group, no count of groups off the page.
 */
@ApplicationScoped
public class JdbcGroupSearch implements GroupSearch {
  /** {@code g.*} and its member count, for a group row {@code g}. */
  private static final String WITH_COUNT =
      "select g.*, (select count(*) from group_member gm where gm.organization_id = g.organization_id"
          + " and gm.group_id = g.id) as member_count";

  private static final RowMapper<WithMemberCount> ROW =
      r -> new WithMemberCount(GroupRows.GROUP.map(r), r.getLong("member_count"));

  @Inject SqlReader db;

  @Override
  public ResultPage<WithMemberCount> search(UUID organizationId, String text, int page, int size) {
    SqlParams params = new SqlParams();
    StringBuilder where =
        new StringBuilder(" from scim_group g where g.organization_id = ")
            .append(params.bind(organizationId));
    if (text != null && !text.isBlank()) {
      where
          .append(" and g.display_name_key like ")
          .append(params.bind("%" + SqlParams.escapeLike(Keys.of(text)) + "%"))
          .append(" escape '\\'");
    }
    // The page is cut first, so that members are counted for its groups only (a count in the
    // outer select list would also run for every group the offset skips). The key is unique in an
    // organization, so it orders the page alone.
    SqlParams pageParams = params.copy();
    String items =
        WITH_COUNT
            + " from (select g.*"
            + where
            + " order by g.display_name_key limit "
            + pageParams.bind(size)
            + " offset "
            + pageParams.bind((long) page * size)
            + ") g order by g.display_name_key";
    List<WithMemberCount> groups = db.list(items, pageParams.values(), ROW);
    long total = db.list("select count(*)" + where, params.values(), r -> r.getLong(1)).get(0);
    return new ResultPage<>(groups, total);
  }

  @Override
  public Optional<WithMemberCount> findWithMemberCount(UUID organizationId, UUID id) {
    return db
        .list(
            WITH_COUNT + " from scim_group g where g.id = ? and g.organization_id = ?",
            List.of(id, organizationId),
            ROW)
        .stream()
        .findFirst();
  }
}
