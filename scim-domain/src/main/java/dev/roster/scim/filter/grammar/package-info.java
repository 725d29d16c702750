/**
 * The lexer and parser that ANTLR generates from {@code
 * src/main/antlr4/dev/roster/scim/filter/grammar/ScimFilter.g4}, at build time. Use {@code
 * dev.roster.scim.filter.FilterParser} or {@code dev.roster.scim.path.PatchPath} rather than these
 * classes.
 */
package dev.roster.scim.filter.grammar;
