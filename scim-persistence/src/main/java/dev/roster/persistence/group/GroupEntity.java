package dev.roster.persistence.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "scim_group")
public class GroupEntity {
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
