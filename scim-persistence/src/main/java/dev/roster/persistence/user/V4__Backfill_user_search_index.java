package dev.roster.persistence.user;

import dev.roster.scim.model.JsonTree;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the filter side tables {@code user_email} (V2) and {@code user_attribute} (V3) for users
 * stored before they existed, from each user's stored SCIM document, with the same rules the
 * application writes them by ({@link UserEmailIndex}, {@link UserAttributeIndex}). Idempotent: a
 * user's rows are replaced, not added to. Users are read in id order, a batch at a time, so memory
 * stays flat however many there are. The name is Flyway's: V4, "Backfill user search index".
 */
public class V4__Backfill_user_search_index extends BaseJavaMigration {
  private static final int BATCH = 500;

  private record StoredUser(UUID id, UUID organizationId, String attributes) {}

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    UUID last = null;
    List<StoredUser> batch;
    do {
      batch = next(connection, last);
      if (!batch.isEmpty()) {
        reindex(connection, batch);
        last = batch.get(batch.size() - 1).id();
      }
    } while (batch.size() == BATCH);
  }

  /** The next users after {@code last} in id order; the database's uuid order on both sides. */
  private static List<StoredUser> next(Connection connection, UUID last) throws SQLException {
    String sql =
        "select id, organization_id, attributes from app_user"
            + (last == null ? "" : " where id > ?")
            + " order by id fetch first "
            + BATCH
            + " rows only";
    List<StoredUser> users = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      if (last != null) {
        select.setObject(1, last);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          users.add(
              new StoredUser(
                  rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)));
        }
      }
    }
    return users;
  }

  private static void reindex(Connection connection, List<StoredUser> users) throws SQLException {
    try (PreparedStatement deleteEmails =
            connection.prepareStatement("delete from user_email where user_id = ?");
        PreparedStatement deleteAttributes =
            connection.prepareStatement("delete from user_attribute where user_id = ?");
        PreparedStatement insertEmail =
            connection.prepareStatement(
                "insert into user_email (user_id, organization_id, ordinal, value_key, type_key,"
                    + " is_primary) values (?, ?, ?, ?, ?, ?)");
        PreparedStatement insertAttribute =
            connection.prepareStatement(
                "insert into user_attribute (user_id, organization_id, path, idx, value_key)"
                    + " values (?, ?, ?, ?, ?)")) {
      for (StoredUser user : users) {
        deleteEmails.setObject(1, user.id());
        deleteEmails.addBatch();
        deleteAttributes.setObject(1, user.id());
        deleteAttributes.addBatch();
        Map<String, Object> document = JsonTree.parse(user.attributes());
        for (UserEmailIndex.Row row : UserEmailIndex.rows(document)) {
          insertEmail.setObject(1, user.id());
          insertEmail.setObject(2, user.organizationId());
          insertEmail.setInt(3, row.ordinal());
          insertEmail.setString(4, row.value());
          insertEmail.setString(5, row.type());
          insertEmail.setBoolean(6, row.primary());
          insertEmail.addBatch();
        }
        for (UserAttributeIndex.Row row : UserAttributeIndex.rows(document)) {
          insertAttribute.setObject(1, user.id());
          insertAttribute.setObject(2, user.organizationId());
          insertAttribute.setString(3, row.path());
          insertAttribute.setInt(4, row.idx());
          insertAttribute.setString(5, row.value());
          insertAttribute.addBatch();
        }
      }
      deleteEmails.executeBatch();
      deleteAttributes.executeBatch();
      insertEmail.executeBatch();
      insertAttribute.executeBatch();
    }
  }
}
