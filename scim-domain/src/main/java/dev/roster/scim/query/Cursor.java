package dev.roster.scim.query;

import dev.roster.scim.error.InvalidCursorException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A position in a cursor-paged list (RFC 9865): the sort key and id of the row a page starts after
 * ({@code backwards}: before), as text. It carries a position, not data, so it needs no signature;
 * the query's fingerprint makes reuse with another filter or sort an error.
 *
 * <p>Encoded as base64url without padding (RFC 3986 unreserved characters only) of: version,
 * fingerprint, flags (backwards, key present), the id's 16 bytes, then the key in UTF-8.
 */
public record Cursor(boolean backwards, String key, UUID id) {
  static final int FINGERPRINT_BYTES = 8;
  private static final byte VERSION = 1;
  private static final int BACKWARDS = 1;
  private static final int HAS_KEY = 2;
  private static final int HEADER = 1 + FINGERPRINT_BYTES + 1 + 16;

  /** Longer than any encoded key (300 characters of UTF-8) needs; bounds the work on garbage. */
  private static final int MAX_LENGTH = 2048;

  private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");

  public String encode(byte[] fingerprint) {
    byte[] keyBytes = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(HEADER + keyBytes.length);
    b.put(VERSION).put(fingerprint, 0, FINGERPRINT_BYTES);
    b.put((byte) ((backwards ? BACKWARDS : 0) | (key == null ? 0 : HAS_KEY)));
    b.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).put(keyBytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
  }

  /** Decodes a cursor of the query with this fingerprint; anything else is invalidCursor. */
  public static Cursor decode(String text, byte[] fingerprint) {
    if (text.length() > MAX_LENGTH || !BASE64URL.matcher(text).matches()) {
      throw malformed();
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
    // Only the one canonical spelling is accepted (no extra trailing bits).
    if (bytes.length < HEADER
        || bytes[0] != VERSION
        || !Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(text)) {
      throw malformed();
    }
    if (!Arrays.equals(bytes, 1, 1 + FINGERPRINT_BYTES, fingerprint, 0, FINGERPRINT_BYTES)) {
      throw new InvalidCursorException(
          "The cursor belongs to another query: filter, sortBy and sortOrder must stay those of"
              + " the request that returned it. Start again with an empty cursor.");
    }
    ByteBuffer b =
        ByteBuffer.wrap(bytes, 1 + FINGERPRINT_BYTES, bytes.length - 1 - FINGERPRINT_BYTES);
    int flags = b.get();
    if ((flags & ~(BACKWARDS | HAS_KEY)) != 0
        || ((flags & HAS_KEY) == 0 && bytes.length != HEADER)) {
      throw malformed();
    }
    UUID id = new UUID(b.getLong(), b.getLong());
    String key = null;
    if ((flags & HAS_KEY) != 0) {
      try {
        key =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(b)
                .toString();
      } catch (CharacterCodingException e) {
        throw malformed();
      }
    }
    return new Cursor((flags & BACKWARDS) != 0, key, id);
  }

  /** For a key that does not parse as the sort attribute's type. */
  public static InvalidCursorException malformed() {
    return new InvalidCursorException(
        "The cursor is not one this service provider issued: send the nextCursor or"
            + " previousCursor of a previous response unchanged, or an empty cursor for the first"
            + " page.");
  }
}
