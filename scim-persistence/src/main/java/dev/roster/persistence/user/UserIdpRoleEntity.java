package dev.roster.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** One IdP role value of a user, lower-cased, for set-based role mapping. */
@Entity
@Table(name = "user_idp_role")
@IdClass(UserIdpRoleEntity.Key.class)
public class UserIdpRoleEntity {
  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Id public int ordinal;

  @Column(name = "organization_id")
  public UUID organizationId;

  @Column(name = "value_key")
  public String valueKey;

  /** Composite key (user, ordinal). */
  public static class Key implements Serializable {
    public UUID userId;
    public int ordinal;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.ordinal == ordinal
          && java.util.Objects.equals(k.userId, userId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(userId, ordinal);
    }
  }
}
