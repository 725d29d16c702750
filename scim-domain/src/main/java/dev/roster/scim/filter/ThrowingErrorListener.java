package dev.roster.scim.filter;

import dev.roster.scim.filter.grammar.ScimFilterLexer;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Replaces ANTLR's console listener: turns the first syntax error into an exception. */
final class ThrowingErrorListener extends BaseErrorListener {

  private static final int MAX_SHOWN_TOKEN_LENGTH = 40;

  private final ErrorReporter errors;

  ThrowingErrorListener(ErrorReporter errors) {
    this.errors = errors;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String msg,
      RecognitionException e) {
    if (!(offendingSymbol instanceof Token token)) {
      int position =
          e instanceof LexerNoViableAltException lexerError ? lexerError.getStartIndex() : -1;
      throw errors.at(position, "Unexpected character at position " + position);
    }
    int position = token.getStartIndex();
    StringBuilder problem = new StringBuilder(unexpected(token)).append(position);
    if (recognizer instanceof Parser parser
        && token.getType() != ScimFilterLexer.UNTERMINATED_STRING) {
      IntervalSet expected = e != null ? e.getExpectedTokens() : parser.getExpectedTokens();
      if (expected != null && !expected.isNil()) {
        problem.append(" (expected ").append(ExpectedTokens.describe(expected)).append(')');
      }
    }
    throw errors.at(position, problem.toString());
  }

  private static String unexpected(Token token) {
    return switch (token.getType()) {
      case Token.EOF -> "Unexpected end of input at position ";
      case ScimFilterLexer.UNTERMINATED_STRING -> "Unterminated string starting at position ";
      default -> "Unexpected '" + shorten(token.getText()) + "' at position ";
    };
  }

  private static String shorten(String text) {
    return text.length() <= MAX_SHOWN_TOKEN_LENGTH
        ? text
        : text.substring(0, MAX_SHOWN_TOKEN_LENGTH) + "...";
  }
}
