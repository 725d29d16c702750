/**
 * The lexer and parser that ANTLR generates from {@code ScimFilterLexer.g4} and {@code
 * ScimFilterParser.g4} in {@code src/main/antlr4/dev/roster/scim/filter/grammar/}, at build time.
 * Use {@code dev.roster.scim.filter.FilterParser} or {@code dev.roster.scim.path.PatchPath} rather
 * than these classes.
 */
package dev.roster.scim.filter.grammar;
