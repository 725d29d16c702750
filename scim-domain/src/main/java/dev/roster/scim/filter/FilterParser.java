package dev.roster.scim.filter;

import dev.roster.scim.filter.grammar.ScimFilterParser;

/** Parses the SCIM {@code filter} query parameter (RFC 7644 section 3.4.2.2). */
public final class FilterParser {

  private FilterParser() {}

  /**
   * Parses {@code filter}, for example {@code userName eq "bjensen" and emails[type eq "work"]}.
   *
   * @throws InvalidFilterException if {@code filter} is null, empty, longer than {@link
   *     ScimSyntax#MAX_LENGTH} characters, nested deeper than {@link ScimSyntax#MAX_DEPTH} or not a
   *     well-formed filter
   */
  public static Filter parse(String filter) {
    ErrorReporter errors = new ErrorReporter("filter", filter, InvalidFilterException::new);
    ScimFilterParser.FilterContext tree = ScimSyntax.parse(errors, ScimFilterParser::filter);
    return new FilterTreeBuilder(errors).filter(tree.expression());
  }
}
