package dev.roster.persistence.user;

import static dev.roster.persistence.common.JdbcReads.instant;
import static dev.roster.persistence.common.JdbcReads.uuid;

import dev.roster.persistence.common.SqlReader.RowMapper;

/** An {@code app_user} row read over JDBC ({@code u.*}), as the entity Hibernate would load. */
final class UserRows {
  static final RowMapper<UserEntity> ENTITY =
      r -> {
        UserEntity e = new UserEntity();
        e.id = uuid(r, "id");
        e.organizationId = uuid(r, "organization_id");
        e.userName = r.getString("user_name");
        e.userNameKey = r.getString("user_name_key");
        e.externalId = r.getString("external_id");
        e.displayName = r.getString("display_name");
        e.email = r.getString("email");
        e.emailKey = r.getString("email_key");
        e.givenName = r.getString("given_name");
        e.familyName = r.getString("family_name");
        e.active = r.getBoolean("active");
        e.status = r.getString("status");
        e.role = r.getString("role");
        e.roleReason = r.getString("role_reason");
        e.roleMappingId = uuid(r, "role_mapping_id");
        e.scimManaged = r.getBoolean("scim_managed");
        e.passwordHash = r.getString("password_hash");
        e.attributes = r.getString("attributes");
        e.createdAt = instant(r, "created_at");
        e.lastModifiedAt = instant(r, "last_modified_at");
        e.version = r.getLong("version");
        return e;
      };

  private UserRows() {}
}
