package dev.roster.scim.filter;

import dev.roster.scim.filter.grammar.ScimFilterLexer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Describes the tokens a parser expected in words, for error messages. */
final class ExpectedTokens {

  private ExpectedTokens() {}

  /** For example {@code a comparison operator, 'pr' or '['}. */
  static String describe(IntervalSet expected) {
    Set<String> names = new LinkedHashSet<>();
    boolean endOfInput = false;
    for (int type : expected.toList()) {
      if (type == Token.EOF) {
        endOfInput = true;
      } else {
        names.add(describe(type));
      }
    }
    if (endOfInput) {
      names.add("end of input");
    }
    List<String> list = new ArrayList<>(names);
    if (list.size() == 1) {
      return list.get(0);
    }
    String last = list.remove(list.size() - 1);
    return String.join(", ", list) + " or " + last;
  }

  private static String describe(int type) {
    return switch (type) {
      case ScimFilterLexer.ATTR_PATH, ScimFilterLexer.URN_PATH -> "an attribute name";
      case ScimFilterLexer.EQ,
          ScimFilterLexer.NE,
          ScimFilterLexer.CO,
          ScimFilterLexer.SW,
          ScimFilterLexer.EW,
          ScimFilterLexer.GT,
          ScimFilterLexer.GE,
          ScimFilterLexer.LT,
          ScimFilterLexer.LE ->
          "a comparison operator";
      case ScimFilterLexer.STRING, ScimFilterLexer.BARE, ScimFilterLexer.UNTERMINATED_STRING ->
          "a value";
      case ScimFilterLexer.SUB_ATTR -> "'.' and a sub-attribute name";
      default ->
          ScimFilterLexer.VOCABULARY.getLiteralName(type) != null
              ? ScimFilterLexer.VOCABULARY.getLiteralName(type)
              : "'"
                  + ScimFilterLexer.VOCABULARY.getSymbolicName(type).toLowerCase(Locale.ROOT)
                  + "'";
    };
  }
}
