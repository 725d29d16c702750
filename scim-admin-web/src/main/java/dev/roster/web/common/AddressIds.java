package dev.roster.web.common;

import dev.roster.domain.common.NotFoundException;
import java.util.UUID;

/** An id from a page's address: anything that is not one is "not found", like an unknown id. */
public final class AddressIds {
  private AddressIds() {}

  /** {@code what}: "user", "group"… for the message. */
  public static UUID parse(String id, String what) {
    try {
      return UUID.fromString(id == null ? "" : id.strip());
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("No " + what + " " + id + " in this organization.");
    }
  }
}
