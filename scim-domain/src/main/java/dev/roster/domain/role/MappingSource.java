package dev.roster.domain.role;

/**
 * Where an IdP value comes from: a user's roles[].value, or a group the user belongs to. The
 * declaration order is the precedence between equally ranked mappings (role values before groups):
 * {@link RoleResolver#PRECEDENCE} and the set-based SQL both read it from here.
 */
public enum MappingSource {
  ROLE,
  GROUP
}
