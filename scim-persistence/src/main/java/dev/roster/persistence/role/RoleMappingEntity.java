package dev.roster.persistence.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "role_mapping")
public class RoleMappingEntity {
  @Id public UUID id;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(nullable = false)
  public String source;

  @Column(name = "idp_value", nullable = false)
  public String idpValue;

  @Column(name = "idp_value_key", nullable = false)
  public String idpValueKey;

  @Column(nullable = false)
  public String role;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
