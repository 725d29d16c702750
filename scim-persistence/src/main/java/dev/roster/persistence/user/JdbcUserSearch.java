package dev.roster.persistence.user;

import static dev.roster.persistence.common.JdbcReads.uuid;

import dev.roster.domain.common.Keys;
import dev.roster.domain.group.GroupRepository.GroupRef;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserSearch;
import dev.roster.domain.user.UserStatus;
import dev.roster.persistence.common.JdbcReads;
import dev.roster.persistence.common.SqlParams;
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
 * UserRows}: SCIM filter and list pages, a user with its groups, the admins' text search.
 */
@ApplicationScoped
public class JdbcUserSearch implements UserSearch {
  @Inject JdbcReads db;

  @Override
  public ResultPage<User> search(UUID organizationId, ResourceQuery query) {
    ScimSql sql = new ScimSql(UserColumns.INSTANCE, organizationId, query);
    return sql.list(db, UserRows.USER, User::id);
  }

  @Override
  public ResultPage<User> search(
      UUID organizationId, String text, UserStatus status, int page, int size) {
    SqlParams params = new SqlParams();
    StringBuilder where =
        new StringBuilder(" from app_user u where u.organization_id = ")
            .append(params.bind(organizationId));
    if (text != null && !text.isBlank()) {
      String pattern = "%" + SqlParams.escapeLike(Keys.of(text)) + "%";
      where
          .append(" and (u.user_name_key like ")
          .append(params.bind(pattern))
          .append(" escape '\\' or u.email_key like ")
          .append(params.bind(pattern))
          .append(" escape '\\' or lower(u.display_name) like ")
          .append(params.bind(pattern))
          .append(" escape '\\')");
    }
    if (status != null) {
      where.append(" and u.status = ").append(params.bind(status.name()));
    }
    SqlParams pageParams = params.copy();
    String items =
        "select u.*"
            + where
            + " order by u.user_name_key, u.id limit "
            + pageParams.bind(size)
            + " offset "
            + pageParams.bind((long) page * size);
    List<User> users = db.list(items, pageParams.values(), UserRows.USER);
    long total = db.list("select count(*)" + where, params.values(), r -> r.getLong(1)).get(0);
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
