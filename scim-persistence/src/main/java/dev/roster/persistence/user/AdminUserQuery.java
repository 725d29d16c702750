package dev.roster.persistence.user;

import dev.roster.domain.common.Keys;
import dev.roster.domain.user.User;
import dev.roster.domain.user.UserSort;
import dev.roster.domain.user.UserStatus;
import dev.roster.persistence.common.SqlParams;
import dev.roster.persistence.common.SqlReader;
import dev.roster.scim.query.ResultPage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The admins' user list as SQL with bound values: one page and the total, two statements. Measured
 * on PostgreSQL with 200k users in the organization (figures in migration V5 and below).
 *
 * <p>A page is read in two steps in one statement: its ids first, then only those rows. Without a
 * text the ids come from the sort's index alone, the status filter included (V5 ends each sort
 * index with the status): the last page (offset 199,950) takes 25 to 35 ms, where fetching every
 * row the offset skips took about 800 ms.
 *
 * <p>With a text the matching users are collected first (the trigram indexes' BitmapOr on
 * PostgreSQL) and only they are sorted: the subquery ending in {@code offset 0} is one the planner
 * may not merge into the ordered scan around it. Left to choose, it walked the sort index and
 * tested every user against the text, 1 s for the last page of a 7k-match search; collected first,
 * every page of a search costs about what its count costs (20 ms for 7k matches).
 */
final class AdminUserQuery {
  private AdminUserQuery() {}

  static ResultPage<User> search(
      SqlReader db,
      UUID organizationId,
      String text,
      UserStatus status,
      UserSort sort,
      boolean descending,
      int page,
      int size) {
    SqlParams params = new SqlParams();
    StringBuilder where =
        new StringBuilder(" from app_user u where u.organization_id = ")
            .append(params.bind(organizationId));
    boolean searching = text != null && !text.isBlank();
    if (searching) {
      // lower(u.display_name) as written in the trigram index of V5_1 (PostgreSQL), which serves
      // it only when the expression is the same.
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
    List<String> keys = keys(sort);
    SqlParams pageParams = params.copy();
    String ids =
        searching
            ? "select m.id from (select "
                + aliased(keys)
                + where
                + " offset 0) m order by "
                + orderBy(keys.stream().map(k -> "m." + alias(keys, k)).toList(), descending)
            : "select u.id" + where + " order by " + orderBy(keys, descending);
    String items =
        "select u.* from app_user u join ("
            + ids
            + " limit "
            + pageParams.bind(size)
            + " offset "
            + pageParams.bind((long) page * size)
            + ") p on p.id = u.id order by "
            + orderBy(keys, descending);
    List<User> users = db.list(items, pageParams.values(), UserRows.USER);
    long total = db.list("select count(*)" + where, params.values(), r -> r.getLong(1)).get(0);
    return new ResultPage<>(users, total);
  }

  /** Each sort's keys, as its index in V5 (or V5_1) has them, ending with the tie-breaking id. */
  static List<String> keys(UserSort sort) {
    return switch (sort) {
      case USER_NAME -> List.of("u.user_name_key", "u.id");
      case DISPLAY_NAME -> List.of("lower(u.display_name)", "u.id");
      case EMAIL -> List.of("u.email_key", "u.id");
      case STATUS -> List.of("u.status", "u.user_name_key", "u.id");
      case ROLE -> List.of("u.role", "u.user_name_key", "u.id");
      case CREATED -> List.of("u.created_at", "u.id");
    };
  }

  /** Every key in the same direction, so that an index is read forwards or backwards. */
  static String orderBy(List<String> keys, boolean descending) {
    String direction = descending ? " desc" : "";
    return String.join(direction + ", ", keys) + direction;
  }

  /** {@code u.user_name_key as k0, u.id as id}. */
  private static String aliased(List<String> keys) {
    List<String> columns = new ArrayList<>();
    for (String key : keys) {
      columns.add(key + " as " + alias(keys, key));
    }
    return String.join(", ", columns);
  }

  private static String alias(List<String> keys, String key) {
    return key.equals("u.id") ? "id" : "k" + keys.indexOf(key);
  }
}
