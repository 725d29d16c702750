package dev.roster.domain.role;

/** Where an IdP value comes from: a user's roles[].value, or a group the user belongs to. */
public enum MappingSource {
  ROLE,
  GROUP
}
