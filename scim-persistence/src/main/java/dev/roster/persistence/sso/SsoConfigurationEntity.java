package dev.roster.persistence.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "sso_configuration")
public class SsoConfigurationEntity {
  @Id
  @Column(name = "organization_id")
  UUID organizationId;

  String protocol;
  String issuer;

  @Column(name = "client_id")
  String clientId;

  @Column(name = "client_secret_encrypted")
  String clientSecretEncrypted;

  boolean active;

  @Column(name = "activated_at")
  Instant activatedAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  @Column(name = "password_sign_in")
  boolean passwordSignIn = true;
}
