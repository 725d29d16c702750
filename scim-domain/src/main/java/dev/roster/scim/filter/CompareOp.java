package dev.roster.scim.filter;

import java.util.Locale;

/** The comparison operators of RFC 7644 section 3.4.2.2 ({@code pr} is {@link Present}). */
public enum CompareOp {
  EQ,
  NE,
  CO,
  SW,
  EW,
  GT,
  GE,
  LT,
  LE;

  /** The operator as written in a filter, in lower case: {@code eq}, {@code ne}, ... */
  public String scimName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The operator for {@code name}, ignoring case.
   *
   * @throws IllegalArgumentException if {@code name} is not a comparison operator
   */
  public static CompareOp fromScimName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
