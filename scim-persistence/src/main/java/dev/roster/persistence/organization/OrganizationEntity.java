package dev.roster.persistence.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "organization")
public class OrganizationEntity {
  @Id UUID id;

  @Column(nullable = false)
  String slug;

  @Column(nullable = false)
  String name;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "identity_provider")
  String identityProvider;

  @Column(name = "default_role")
  String defaultRole;

  @Column(name = "auto_activate_users", nullable = false)
  boolean autoActivateUsers;

  @Column(name = "sync_groups", nullable = false)
  boolean syncGroups;

  @Column(name = "scim_enabled", nullable = false)
  boolean scimEnabled;
}
