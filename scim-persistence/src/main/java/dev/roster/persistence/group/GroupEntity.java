package dev.roster.persistence.group;

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
@Table(name = "scim_group")
@SqlResultSetMapping(
    name = GroupEntity.WITH_SORT_KEY,
    entities = @EntityResult(entityClass = GroupEntity.class),
    columns = @ColumnResult(name = ScimSql.SORT_KEY))
public class GroupEntity {
  /** Rows of a cursor page: the entity and its sort key. */
  public static final String WITH_SORT_KEY = "GroupEntityWithSortKey";

  @Id public UUID id;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "display_name", nullable = false)
  public String displayName;

  @Column(name = "display_name_key", nullable = false)
  public String displayNameKey;

  @Column(name = "external_id")
  public String externalId;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_modified_at", nullable = false)
  public Instant lastModifiedAt;

  public long version;
}
