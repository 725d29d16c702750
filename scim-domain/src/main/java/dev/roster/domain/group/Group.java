package dev.roster.domain.group;

import dev.roster.domain.common.Keys;
import dev.roster.domain.common.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A group mirrored from the IdP. Its members are users of the same organization; they are stored as
 * membership rows, never loaded with the group.
 */
public final class Group {
  private final UUID id;
  private final UUID organizationId;
  private String displayName;
  private String externalId;
  private final Instant createdAt;
  private Instant lastModifiedAt;
  private long version;

  public Group(
      UUID id,
      UUID organizationId,
      String displayName,
      String externalId,
      Instant createdAt,
      Instant lastModifiedAt,
      long version) {
    this.id = Objects.requireNonNull(id);
    this.organizationId = Objects.requireNonNull(organizationId);
    this.displayName = requireDisplayName(displayName);
    this.externalId = externalId;
    this.createdAt = Objects.requireNonNull(createdAt);
    this.lastModifiedAt = Objects.requireNonNull(lastModifiedAt);
    this.version = version;
  }

  public static Group create(
      UUID organizationId, String displayName, String externalId, Instant now) {
    return new Group(UUID.randomUUID(), organizationId, displayName, externalId, now, now, 1);
  }

  static String requireDisplayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw new ValidationException("displayName is required.");
    }
    if (displayName.strip().length() > 300) {
      throw new ValidationException("displayName must be at most 300 characters.");
    }
    return displayName.strip();
  }

  public void rename(String displayName, String externalId) {
    this.displayName = requireDisplayName(displayName);
    this.externalId = externalId;
  }

  public void touch(Instant now) {
    lastModifiedAt = now;
    version++;
  }

  /** The case-insensitive comparison key of a display name. */
  public static String key(String displayName) {
    return Keys.of(displayName);
  }

  public UUID id() {
    return id;
  }

  public UUID organizationId() {
    return organizationId;
  }

  public String displayName() {
    return displayName;
  }

  public String externalId() {
    return externalId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastModifiedAt() {
    return lastModifiedAt;
  }

  public long version() {
    return version;
  }
}
