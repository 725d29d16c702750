package dev.roster.persistence.common;

import java.nio.ByteBuffer;
import java.util.UUID;

/** Values read by native queries, which drivers return in their own types. */
public final class NativeValues {
  private NativeValues() {}

  /** PostgreSQL returns a UUID; H2 returns its 16 bytes; some drivers return text. */
  public static UUID uuid(Object value) {
    if (value instanceof UUID u) {
      return u;
    }
    if (value instanceof byte[] bytes && bytes.length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return UUID.fromString(value.toString());
  }
}
