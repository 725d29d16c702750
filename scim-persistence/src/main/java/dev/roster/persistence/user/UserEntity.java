package dev.roster.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "app_user")
public class UserEntity {
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
