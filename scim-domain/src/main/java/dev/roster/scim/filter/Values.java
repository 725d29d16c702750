package dev.roster.scim.filter;

import dev.roster.scim.filter.FilterValue.BooleanValue;
import dev.roster.scim.filter.FilterValue.NullValue;
import dev.roster.scim.filter.FilterValue.NumberValue;
import dev.roster.scim.filter.FilterValue.StringValue;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Turns the text of a value token into a {@link FilterValue}. */
final class Values {

  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final ErrorReporter errors;

  Values(ErrorReporter errors) {
    this.errors = errors;
  }

  /** An unquoted value: number, true, false, null, or else a string. */
  FilterValue bare(String text, int position) {
    if (text.startsWith("'")) {
      throw errors.at(
          position,
          "Unexpected \"'\" at position " + position + " (strings must be in double quotes)");
    }
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return new BooleanValue(Boolean.parseBoolean(text));
    }
    if (text.equalsIgnoreCase("null")) {
      return NullValue.INSTANCE;
    }
    if (JSON_NUMBER.matcher(text).matches()) {
      try {
        return new NumberValue(new BigDecimal(text));
      } catch (NumberFormatException e) {
        throw errors.at(position, "Number '" + text + "' out of range at position " + position);
      }
    }
    return new StringValue(text);
  }

  /** A quoted JSON string, {@code text} including the quotes, starting at {@code position}. */
  StringValue quoted(String text, int position) {
    StringBuilder value = new StringBuilder(text.length());
    int end = text.length() - 1;
    for (int i = 1; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        value.append(c);
        continue;
      }
      char escape = text.charAt(++i);
      switch (escape) {
        case '"', '\\', '/' -> value.append(escape);
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'u' -> {
          value.append(unicode(text, i + 1, end, position + i - 1));
          i += 4;
        }
        default -> throw invalidEscape("\\" + escape, position + i - 1);
      }
    }
    return new StringValue(value.toString());
  }

  private char unicode(String text, int start, int end, int escapePosition) {
    String hex = text.substring(start, Math.min(start + 4, end));
    if (hex.length() < 4 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw invalidEscape("\\u" + hex, escapePosition);
    }
    return (char) Integer.parseInt(hex, 16);
  }

  private RuntimeException invalidEscape(String escape, int position) {
    return errors.at(position, "Invalid escape sequence '" + escape + "' at position " + position);
  }
}
