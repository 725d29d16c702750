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
  @Id UUID id;

  @Column(name = "organization_id")
  UUID organizationId;

  String source;

  @Column(name = "idp_value")
  String idpValue;

  @Column(name = "idp_value_key")
  String idpValueKey;

  String role;

  @Column(name = "created_at")
  Instant createdAt;
}
