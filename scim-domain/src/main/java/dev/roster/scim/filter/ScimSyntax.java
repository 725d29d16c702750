package dev.roster.scim.filter;

import dev.roster.scim.filter.grammar.ScimFilterLexer;
import dev.roster.scim.filter.grammar.ScimFilterParser;
import java.util.function.Function;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Runs the generated ANTLR parser on one input, throwing on the first error instead of recovering.
 *
 * <p>Public only so that {@code dev.roster.scim.path} can share the grammar; other callers use
 * {@link FilterParser} or {@code PatchPath}.
 */
public final class ScimSyntax {

  /** Longest accepted input, in characters. */
  public static final int MAX_LENGTH = 10_000;

  /** Deepest accepted nesting of parentheses and brackets. */
  public static final int MAX_DEPTH = 50;

  private ScimSyntax() {}

  /**
   * Parses {@code errors.input()} with the given start rule.
   *
   * @param startRule for example {@code ScimFilterParser::filter}; must end in {@code EOF}
   * @throws RuntimeException made by {@code errors} if the input is empty, too long, nested too
   *     deeply or not well-formed
   */
  public static <T extends ParserRuleContext> T parse(
      ErrorReporter errors, Function<ScimFilterParser, T> startRule) {
    String input = errors.input();
    if (input == null || input.isBlank()) {
      throw errors.whole("must not be empty");
    }
    if (input.length() > MAX_LENGTH) {
      throw errors.whole(
          "is too long: " + input.length() + " characters (maximum is " + MAX_LENGTH + ")");
    }
    ThrowingErrorListener listener = new ThrowingErrorListener(errors);
    ScimFilterLexer lexer = new ScimFilterLexer(CharStreams.fromString(input));
    lexer.removeErrorListeners();
    lexer.addErrorListener(listener);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    checkDepth(tokens, errors);
    ScimFilterParser parser = new ScimFilterParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(listener);
    parser.setErrorHandler(new FailFastErrorStrategy());
    return startRule.apply(parser);
  }

  /** Checked on the tokens, before parsing, so that deep input cannot exhaust the stack. */
  private static void checkDepth(CommonTokenStream tokens, ErrorReporter errors) {
    int depth = 0;
    for (Token token : tokens.getTokens()) {
      switch (token.getType()) {
        case ScimFilterLexer.LPAREN, ScimFilterLexer.LBRACKET -> depth++;
        case ScimFilterLexer.RPAREN, ScimFilterLexer.RBRACKET -> depth = Math.max(0, depth - 1);
        default -> {}
      }
      if (depth > MAX_DEPTH) {
        throw errors.at(
            token.getStartIndex(),
            "Too deeply nested at position "
                + token.getStartIndex()
                + " (maximum nesting depth is "
                + MAX_DEPTH
                + ")");
      }
    }
  }
}
