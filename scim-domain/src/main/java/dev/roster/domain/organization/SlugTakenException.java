package dev.roster.domain.organization;

import dev.roster.domain.common.ConflictException;

/** Another organization has this slug. */
public class SlugTakenException extends ConflictException {
  public SlugTakenException(String slug) {
    super("The organization slug '" + slug + "' is already taken.");
  }
}
