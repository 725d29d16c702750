package dev.roster.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Events written straight to the test database, positioned as the sequencer positions them (under
 * the lock on {@code event_sequence}'s row, so they interleave safely with the server's own): for
 * webhook tests whose subject is delivery, not which change writes which event.
 */
final class TestEvents {
  private TestEvents() {}

  /**
   * Appends {@code types.length} events of the organization, in order; returns the first's
   * position.
   */
  static long append(String organizationId, String... types) {
    try (Connection c = Fixtures.connect()) {
      c.setAutoCommit(false);
      long last;
      try (PreparedStatement s =
              c.prepareStatement(
                  "select last_position from event_sequence where id = 1 for update");
          ResultSet rs = s.executeQuery()) {
        rs.next();
        last = rs.getLong(1);
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into event (id, organization_id, type, occurred_at, data, position)"
                  + " values (?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < types.length; i++) {
          s.setObject(1, UUID.randomUUID());
          s.setObject(2, UUID.fromString(organizationId));
          s.setString(3, types[i]);
          s.setTimestamp(4, Timestamp.from(Instant.now()));
          s.setString(5, "{\"n\":" + i + "}");
          s.setLong(6, last + 1 + i);
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s =
          c.prepareStatement("update event_sequence set last_position = ? where id = 1")) {
        s.setLong(1, last + types.length);
        s.executeUpdate();
      }
      c.commit();
      return last + 1;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
