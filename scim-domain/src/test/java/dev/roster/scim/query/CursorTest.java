package dev.roster.scim.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.scim.error.InvalidCursorException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.FilterParser;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {
  private static final UUID ID = UUID.fromString("0a21f0f2-8d2a-4f8e-bf98-7363c8aed4dd");
  private static final byte[] FINGERPRINT =
      query("userName sw \"a\"", "userName", false).fingerprint("User");

  private static ResourceQuery query(String filter, String sortBy, boolean descending) {
    return new ResourceQuery(
        filter == null ? null : FilterParser.parse(filter),
        sortBy == null ? null : AttributePath.of(sortBy),
        descending,
        1,
        100,
        "");
  }

  @Test
  void roundTripsKeyIdAndDirection() {
    for (Cursor c :
        new Cursor[] {
          new Cursor(false, "2024-05-01T10:00:00.123456Z", ID),
          new Cursor(true, "bjensen@example.com", ID),
          new Cursor(false, null, ID),
          new Cursor(true, "", ID),
          new Cursor(false, "müller ∑ 😀", ID)
        }) {
      String text = c.encode(FINGERPRINT);
      assertThat(text).matches("[A-Za-z0-9_-]+");
      assertThat(Cursor.decode(text, FINGERPRINT)).isEqualTo(c);
    }
  }

  @Test
  void aCursorOfAnotherQueryIsInvalid() {
    String text = new Cursor(false, "a", ID).encode(FINGERPRINT);
    for (ResourceQuery other :
        new ResourceQuery[] {
          query("userName sw \"b\"", "userName", false),
          query(null, "userName", false),
          query("userName sw \"a\"", "displayName", false),
          query("userName sw \"a\"", "userName", true),
          query("userName sw \"a\"", null, false)
        }) {
      assertThatThrownBy(() -> Cursor.decode(text, other.fingerprint("User")))
          .isInstanceOf(InvalidCursorException.class)
          .hasMessageContaining("another query");
    }
    assertThatThrownBy(
            () ->
                Cursor.decode(
                    text, query("userName sw \"a\"", "userName", false).fingerprint("Group")))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void theFingerprintIgnoresHowTheSameQueryIsSpelled() {
    assertThat(query("userName  SW \"a\"", "USERNAME", false).fingerprint("User"))
        .isEqualTo(FINGERPRINT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not base64!",
        "abc=",
        "AAAA",
        "%41%42",
        "AQ",
        "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"
      })
  void garbageIsInvalid(String text) {
    assertThatThrownBy(() -> Cursor.decode(text, FINGERPRINT))
        .isInstanceOf(InvalidCursorException.class)
        .hasMessageContaining("not one this service provider issued");
  }

  @Test
  void tamperedBytesAreInvalid() {
    byte[] valid = Base64.getUrlDecoder().decode(new Cursor(false, null, ID).encode(FINGERPRINT));
    assertInvalid(with(valid, 0, (byte) 2)); // version
    assertInvalid(with(valid, 9, (byte) 4)); // unknown flag
    byte[] longer = ByteBuffer.allocate(valid.length + 1).put(valid).put((byte) 'x').array();
    assertInvalid(longer); // bytes after the id without the key flag
    byte[] badUtf8 = ByteBuffer.allocate(valid.length + 1).put(valid).put((byte) 0xC3).array();
    badUtf8[9] = 2;
    assertInvalid(badUtf8);
    String text = new Cursor(false, "x", ID).encode(FINGERPRINT);
    assertThatThrownBy(() -> Cursor.decode(text + "A".repeat(2048), FINGERPRINT))
        .isInstanceOf(InvalidCursorException.class);
  }

  @Test
  void onlyTheCanonicalSpellingIsAccepted() {
    // 28 bytes: the last character carries 2 bits of data and 4 unused ones.
    String text = new Cursor(false, "ab", ID).encode(FINGERPRINT);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int last = alphabet.indexOf(text.charAt(text.length() - 1));
    String other = text.substring(0, text.length() - 1) + alphabet.charAt(last ^ 1);
    assertThat(Base64.getUrlDecoder().decode(other)).isEqualTo(Base64.getUrlDecoder().decode(text));
    assertThatThrownBy(() -> Cursor.decode(other, FINGERPRINT))
        .isInstanceOf(InvalidCursorException.class);
  }

  private static byte[] with(byte[] bytes, int index, byte value) {
    byte[] copy = bytes.clone();
    copy[index] = value;
    return copy;
  }

  private static void assertInvalid(byte[] bytes) {
    String text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    assertThatThrownBy(() -> Cursor.decode(text, FINGERPRINT))
        .isInstanceOf(InvalidCursorException.class)
        .hasMessageContaining("not one this service provider issued");
  }
}
