package dev.roster.scim.filter;

import java.util.Locale;

/**
 * Builds the exception for a syntax error in one input (a filter or a PATCH path), with a message
 * such as {@code Unexpected ')' at position 9 (expected a value) in filter: title eq )}.
 *
 * <p>Public only so that {@code dev.roster.scim.path} can share the parser; not meant for other
 * callers.
 */
public final class ErrorReporter {

  private static final int MAX_QUOTED_LENGTH = 200;

  /** Creates the exception, for example {@code InvalidFilterException::new}. */
  @FunctionalInterface
  public interface ExceptionFactory {
    RuntimeException create(String message, String input, int position);
  }

  private final String kind;
  private final String input;
  private final ExceptionFactory factory;

  /**
   * @param kind what is parsed, in lower case, for messages: {@code filter} or {@code path}
   * @param input the text being parsed, may be null
   * @param factory creates the exception to throw
   */
  public ErrorReporter(String kind, String input, ExceptionFactory factory) {
    this.kind = kind;
    this.input = input;
    this.factory = factory;
  }

  /** The text being parsed; may be null. */
  public String input() {
    return input;
  }

  /** The exception for a problem at {@code position}; {@code problem} must say the position. */
  public RuntimeException at(int position, String problem) {
    String shown = input;
    if (shown.length() > MAX_QUOTED_LENGTH) {
      shown = shown.substring(0, MAX_QUOTED_LENGTH) + "...";
    }
    return factory.create(problem + " in " + kind + ": " + shown, input, position);
  }

  /** The exception for a problem with the input as a whole, such as being empty. */
  public RuntimeException whole(String problem) {
    return factory.create(capitalizedKind() + " " + problem, input, -1);
  }

  private String capitalizedKind() {
    return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
  }
}
