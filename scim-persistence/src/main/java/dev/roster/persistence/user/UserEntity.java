package dev.roster.persistence.user;

import dev.roster.persistence.scim.ScimSql;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
import jakarta.persistence.Id;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "app_user")
@SqlResultSetMapping(
    name = UserEntity.WITH_GROUP,
    entities = @EntityResult(entityClass = UserEntity.class),
    columns = {@ColumnResult(name = "group_id"), @ColumnResult(name = "group_name")})
@SqlResultSetMapping(
    name = UserEntity.WITH_SORT_KEY,
    entities = @EntityResult(entityClass = UserEntity.class),
    columns = @ColumnResult(name = ScimSql.SORT_KEY))
public class UserEntity {
  /** Rows of a cursor page: the entity and its sort key. */
  public static final String WITH_SORT_KEY = "UserEntityWithSortKey";

  /** A user joined to one of its groups per row (no group: nulls). */
  public static final String WITH_GROUP = "UserEntityWithGroup";

  @Id public UUID id;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "user_name", nullable = false)
  public String userName;

  @Column(name = "user_name_key", nullable = false)
  public String userNameKey;

  @Column(name = "external_id")
  public String externalId;

  @Column(name = "display_name")
  public String displayName;

  public String email;

  @Column(name = "email_key")
  public String emailKey;

  @Column(name = "given_name")
  public String givenName;

  @Column(name = "family_name")
  public String familyName;

  public boolean active;
  public String status;
  public String role;

  @Column(name = "role_reason")
  public String roleReason;

  @Column(name = "role_mapping_id")
  public UUID roleMappingId;

  @Column(name = "scim_managed")
  public boolean scimManaged;

  @Column(name = "password_hash")
  public String passwordHash;

  public String attributes;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "last_modified_at")
  public Instant lastModifiedAt;

  public long version;
}
