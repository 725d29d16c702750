package dev.roster.persistence.event;

import dev.roster.domain.event.Event;
import dev.roster.domain.event.EventTypes;
import dev.roster.persistence.common.Databases;
import dev.roster.persistence.common.SqlParams;
import dev.roster.persistence.common.SqlReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The event table's statements over plain JDBC, so that {@code EventPositionsIT} runs this very
 * code on PostgreSQL and H2 without a server.
 */
final class EventSql {
  static final String COLUMNS = EventRows.COLUMNS;

  /**
   * Positions the oldest unpositioned events visible now (committed ones) after the last position.
   * Parameters: last position, max. MERGE runs on PostgreSQL 15+ and H2.
   */
  private static final String ASSIGN =
      "merge into event e using ("
          + " select id, ? + row_number() over (order by seq) as pos from event"
          + " where position is null order by seq fetch first ? rows only) s"
          + " on e.id = s.id when matched then update set position = s.pos";

  private EventSql() {}

  /**
   * One sequencer run over {@code c}, which must be in a transaction the caller commits: the lock
   * on the counter row serializes runs, across nodes too, so each run starts after the previous one
   * committed and numbers from where it ended.
   */
  static int sequence(Connection c, int max) throws SQLException {
    long last;
    try (PreparedStatement s =
            c.prepareStatement("select last_position from event_sequence where id = 1 for update");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      last = rs.getLong(1);
    }
    int assigned;
    try (PreparedStatement s = c.prepareStatement(ASSIGN)) {
      s.setLong(1, last);
      s.setInt(2, max);
      assigned = s.executeUpdate();
    }
    if (assigned > 0) {
      try (PreparedStatement s =
          c.prepareStatement("update event_sequence set last_position = ? where id = 1")) {
        s.setLong(1, last + assigned);
        s.executeUpdate();
      }
    }
    return assigned;
  }

  static long countUnpositioned(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement("select count(*) from event where position is null");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static List<Event> readAfter(
      SqlReader db, long position, UUID organizationId, Set<String> types, int limit) {
    SqlParams p = new SqlParams();
    StringBuilder sql =
        new StringBuilder("select ")
            .append(COLUMNS)
            .append(" from event where position > ")
            .append(p.bind(position));
    if (organizationId != null) {
      sql.append(" and organization_id = ").append(p.bind(organizationId));
    }
    if (!types.isEmpty()) {
      sql.append(" and type in (").append(p.bindAll(types)).append(')');
    }
    sql.append(" order by position fetch first ").append(p.bind(limit)).append(" rows only");
    return db.list(sql.toString(), p.values(), EventRows::event);
  }

  /** Ids per member-event insert: well below the bind-parameter limits of PostgreSQL and H2. */
  private static final int CHUNK = 1000;

  /** One event per user of {@code userIds} (see {@code EventLog#appendMemberEvents}). */
  static int appendMemberEvents(
      Connection c,
      String type,
      UUID organizationId,
      UUID groupId,
      String groupJson,
      List<UUID> userIds,
      boolean currentMembersOnly,
      Instant at)
      throws SQLException {
    boolean pg = Databases.isPostgreSql(c);
    int written = 0;
    for (int from = 0; from < userIds.size(); from += CHUNK) {
      List<UUID> chunk = userIds.subList(from, Math.min(userIds.size(), from + CHUNK));
      SqlParams p = new SqlParams();
      String sql =
          insertMemberEvents(pg, p, type, at, () -> bindJson(p, pg, groupJson))
              + " from app_user u where u.organization_id = "
              + p.bind(organizationId)
              + " and u.id in ("
              + p.bindAll(chunk)
              + ")"
              + (currentMembersOnly
                  ? " and exists (select 1 from group_member gm where gm.group_id = "
                      + p.bind(groupId)
                      + " and gm.member_id = u.id)"
                  : "")
              + " order by u.user_name_key";
      written += update(c, sql, p.values());
    }
    return written;
  }

  /**
   * One {@code group.member_removed} per group the user is a member of, in one INSERT … SELECT (see
   * {@code EventLog#appendRemovalsFromEveryGroup}).
   */
  static int appendRemovalsFromEveryGroup(
      Connection c, UUID organizationId, UUID userId, Instant at) throws SQLException {
    boolean pg = Databases.isPostgreSql(c);
    SqlParams p = new SqlParams();
    String sql =
        insertMemberEvents(
                pg, p, EventTypes.GROUP_MEMBER_REMOVED, at, () -> EventSqlJson.group(pg, "g"))
            + " from group_member gm join scim_group g on g.id = gm.group_id"
            + " join app_user u on u.id = gm.member_id"
            + " where gm.organization_id = "
            + p.bind(organizationId)
            + " and gm.member_id = "
            + p.bind(userId)
            + " and u.organization_id = gm.organization_id"
            + " order by g.display_name_key";
    return update(c, sql, p.values());
  }

  /**
   * {@code INSERT … SELECT} of member events up to its FROM: one per row {@code u} (app_user), data
   * {@code {"group": <group>, "user": <u>}}. {@code group} is asked for its expression after the
   * type and time are bound, so that whatever it binds follows them, as in the text.
   */
  private static String insertMemberEvents(
      boolean pg, SqlParams p, String type, Instant at, Supplier<String> group) {
    return EventSqlJson.INSERT
        + "select "
        + EventSqlJson.newId(pg)
        + ", u.organization_id, "
        + p.bind(type)
        + ", "
        + p.bind(OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        + ", "
        + EventSqlJson.text(
            pg,
            EventSqlJson.object(
                pg, "group", group.get(), "user", EventSqlJson.user(pg, "u", "u.role")));
  }

  /** How many statements {@link #appendMemberEvents} runs for this many ids. */
  static int chunks(int ids) {
    return (ids + CHUNK - 1) / CHUNK;
  }

  private static String bindJson(SqlParams p, boolean pg, String json) {
    p.bind(json);
    return EventSqlJson.embedded(pg);
  }

  static int update(Connection c, String sql, List<Object> values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        s.setObject(i + 1, values.get(i));
      }
      return s.executeUpdate();
    }
  }

  /** Deletes a batch in one short statement (by primary key, so it locks only those rows). */
  static int deleteOlderThan(Connection c, Instant cutoff, int max) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "delete from event where id in (select id from event where occurred_at < ?"
                + " and position is not null order by occurred_at fetch first ? rows only)")) {
      s.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
      s.setInt(2, max);
      return s.executeUpdate();
    }
  }
}
