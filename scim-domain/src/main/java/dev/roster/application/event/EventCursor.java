package dev.roster.application.event;

import dev.roster.domain.common.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code after} cursor of the events API: a position, encoded so that clients pass it
 * back rather than compute with it (the encoding may change). It grants nothing: every read is
 * scoped to the caller's organization whatever the cursor says.
 */
public final class EventCursor {
  private static final String PREFIX = "ev1:";

  private EventCursor() {}

  public static String encode(long position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
  }

  /** The position of {@code cursor}; 0 (from the oldest event kept) when absent. */
  public static long decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        long position = Long.parseLong(text.substring(PREFIX.length()));
        if (position >= 0) {
          return position;
        }
      }
    } catch (IllegalArgumentException e) {
      // not base64 or not a number: refused below
    }
    throw new ValidationException(
        "'after' is not a cursor of this API: pass the 'after' of a previous answer, or omit it"
            + " to start from the oldest event.");
  }
}
