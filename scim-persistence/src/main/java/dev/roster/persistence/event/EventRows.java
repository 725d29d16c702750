package dev.roster.persistence.event;

import dev.roster.domain.event.Event;
import dev.roster.persistence.common.JdbcReads;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The one mapping of an {@code event} row to an {@link Event}, shared by the events API's reads and
 * the webhook dispatcher's (which reads over its own connection, see {@code DeliverySql}).
 */
public final class EventRows {
  /** The columns {@link #event} reads, in a select list. */
  public static final String COLUMNS = "id, organization_id, type, occurred_at, data, position";

  private EventRows() {}

  public static Event event(ResultSet row) throws SQLException {
    return new Event(
        JdbcReads.uuid(row, "id"),
        row.getString("type"),
        JdbcReads.uuid(row, "organization_id"),
        JdbcReads.instant(row, "occurred_at"),
        row.getString("data"),
        row.getLong("position"));
  }
}
