package dev.roster.domain.common;

import java.util.Locale;

/**
 * The comparison key of a text matched without regard to case or surrounding blanks: userNames,
 * emails, group names, IdP role values. Stored keys and looked-up keys must agree, so every one of
 * them is made here.
 */
public final class Keys {
  private Keys() {}

  /** {@code value} trimmed and lower-cased (locale-independent); null stays null. */
  public static String of(String value) {
    return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
  }
}
