/**
 * SCIM filters (RFC 7644 section 3.4.2.2) as typed trees.
 *
 * <p>{@link dev.roster.scim.filter.FilterParser#parse(String)} turns the {@code filter} query
 * parameter into a {@link dev.roster.scim.filter.Filter}, built from the records {@code
 * Comparison}, {@code Present}, {@code And}, {@code Or}, {@code Not} and {@code ValuePathFilter},
 * or throws {@link dev.roster.scim.filter.InvalidFilterException}. Translate a tree (for example to
 * SQL) with a {@link dev.roster.scim.filter.FilterVisitor}.
 *
 * <p>The grammar is {@code ScimFilterLexer.g4} and {@code ScimFilterParser.g4} in {@code
 * src/main/antlr4/dev/roster/scim/filter/grammar/}; {@code ScimSyntax}, {@code ErrorReporter} and
 * {@code FilterTreeBuilder} are public only so that {@code dev.roster.scim.path} can share it. Pure
 * Java: no HTTP, no persistence.
 */
package dev.roster.scim.filter;
