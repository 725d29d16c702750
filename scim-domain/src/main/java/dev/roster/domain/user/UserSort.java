package dev.roster.domain.user;

/**
 * How the admins' user list is ordered. Every order ends with the user's id, so that pages never
 * overlap nor skip a user that ties with another; STATUS and ROLE sort a status or role's users by
 * userName before the id, as a person reading the list expects.
 */
public enum UserSort {
  USER_NAME,
  DISPLAY_NAME,
  EMAIL,
  STATUS,
  ROLE,
  CREATED
}
