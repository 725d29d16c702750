package dev.roster.persistence.user;

import static dev.roster.persistence.common.JdbcReads.uuid;

import dev.roster.domain.group.GroupRepository.GroupRef;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserSearch;
import dev.roster.domain.user.UserSort;
import dev.roster.domain.user.UserStatus;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlReader;
import dev.roster.persistence.scim.ScimSql;
import dev.roster.persistence.scim.UserColumns;
import dev.roster.scim.query.ResourceQuery;
import dev.roster.scim.query.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * User queries that serve requests, as SQL over JDBC ({@link JdbcReads}), each row mapped by {@link
 * UserRows}: SCIM filter and list pages, a user with its groups, the admins' text search and a
 * group's members. The reader is a {@link SqlReader} so that the ITs run this very class over a
 * plain connection.
 */
@ApplicationScoped
public class JdbcUserSearch implements UserSearch {
  @Inject SqlReader db;

  @Override
  public ResultPage<User> search(UUID organizationId, ResourceQuery query) {
    ScimSql sql = new ScimSql(UserColumns.INSTANCE, organizationId, query);
    return sql.list(db, UserRows.USER, User::id);
  }

  /** See {@link AdminUserQuery} for how a page is read and what it costs. */
  @Override
  public ResultPage<User> search(
      UUID organizationId,
      String text,
      UserStatus status,
      UserSort sort,
      boolean descending,
      int page,
      int size) {
    return AdminUserQuery.search(db, organizationId, text, status, sort, descending, page, size);
  }

  /**
   * Newest members first, from group_member_added_idx alone (V5): on a 100k-member group the last
   * page takes about 35 ms; ordered by userName it took 160 to 290 ms, as every member's name had
   * to be read and sorted.
   */
  @Override
  public ResultPage<User> members(UUID organizationId, UUID groupId, int page, int size) {
    List<User> users =
        db.list(
            "select u.* from app_user u join (select gm.member_id, gm.added_at from group_member gm"
                + " where gm.organization_id = ? and gm.group_id = ?"
                + " order by gm.added_at desc, gm.member_id desc limit ? offset ?) p"
                + " on p.member_id = u.id where u.organization_id = ?"
                + " order by p.added_at desc, p.member_id desc",
            List.of(organizationId, groupId, size, (long) page * size, organizationId),
            UserRows.USER);
    long total =
        db.list(
                "select count(*) from group_member gm"
                    + " where gm.organization_id = ? and gm.group_id = ?",
                List.of(organizationId, groupId),
                r -> r.getLong(1))
            .get(0);
    return new ResultPage<>(users, total);
  }

  @Override
  public Optional<WithGroups> findWithGroups(UUID organizationId, UUID id) {
    boolean[] first = {true};
    List<Object[]> rows =
        db.list(
            "select u.*, g.id as group_id, g.display_name as group_name from app_user u"
                + " left join group_member gm on gm.member_id = u.id"
                + " and gm.organization_id = u.organization_id"
                + " left join scim_group g on g.id = gm.group_id"
                + " where u.id = ? and u.organization_id = ?"
                + " order by g.display_name_key, g.id",
            List.of(id, organizationId),
            r -> {
              // The user's columns repeat on every row: mapped once, from the first.
              User user = first[0] ? UserRows.USER.map(r) : null;
              first[0] = false;
              return new Object[] {user, uuid(r, "group_id"), r.getString("group_name")};
            });
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<GroupRef> groups = new ArrayList<>();
    for (Object[] row : rows) {
      if (row[1] != null) {
        groups.add(new GroupRef((UUID) row[1], (String) row[2]));
      }
    }
    return Optional.of(new WithGroups((User) rows.get(0)[0], List.copyOf(groups)));
  }
}
