/*
 * Tokens of SCIM 2.0 filters (RFC 7644 section 3.4.2.2) and PATCH paths (RFC 7644 section 3.5.2);
 * the rules are in ScimFilterParser.g4.
 *
 * Deviations from the RFC's ABNF, on purpose:
 *  - keywords, operators and literals are case-insensitive;
 *  - any whitespace separates tokens, and only where needed;
 *  - a comparison value may be unquoted ("bare"), as some identity providers send
 *    them (externalId eq 0a21f0f2-8d2a-4f8e-bf98-7363c8aed4dd); the Java side decides
 *    whether a bare value is a number, true, false, null or a string;
 *  - the operator words (eq ne co sw ew gt ge lt le pr and or not) are reserved and
 *    cannot be used as attribute names.
 *
 * A comparison operator switches to the VALUE mode for one token, so that a bare value
 * such as bob@example.com or 2011-05-13T04:42:34Z is one token. A mode, not a semantic
 * predicate: ANTLR caches no lexer DFA state reached through a predicate, and predicates
 * at the start of rules made it simulate the whole lexer ATN for every token (a filter
 * of 10,000 characters cost hundreds of milliseconds; found by FilterFuzzTest).
 */
lexer grammar ScimFilterLexer;

EQ : [eE] [qQ] -> pushMode(VALUE);
NE : [nN] [eE] -> pushMode(VALUE);
CO : [cC] [oO] -> pushMode(VALUE);
SW : [sS] [wW] -> pushMode(VALUE);
EW : [eE] [wW] -> pushMode(VALUE);
GT : [gG] [tT] -> pushMode(VALUE);
GE : [gG] [eE] -> pushMode(VALUE);
LT : [lL] [tT] -> pushMode(VALUE);
LE : [lL] [eE] -> pushMode(VALUE);

PR  : [pP] [rR];
AND : [aA] [nN] [dD];
OR  : [oO] [rR];
NOT : [nN] [oO] [tT];

LPAREN   : '(';
RPAREN   : ')';
LBRACKET : '[';
RBRACKET : ']';

/** A schema URN followed by ":" and an attribute path; split and checked in Java. */
URN_PATH : [uU] [rR] [nN] ':' [a-zA-Z0-9._:$-]+;

/** attr or attr.subAttr; more levels are lexed, then rejected in Java with a clear message. */
ATTR_PATH : NAME ('.' NAME)*;

/** The ".subAttr" after "]" in a PATCH path. */
SUB_ATTR : '.' NAME;

WS : [ \t\r\n]+ -> skip;

/** Anything else, so that the parser reports it together with what it expected. */
UNEXPECTED : .;

fragment NAME : '$'? [a-zA-Z] [a-zA-Z0-9_-]*;

/** Right after a comparison operator: a value, or a bracket the parser reports as misplaced. */
mode VALUE;

/** A JSON string; escapes are checked and decoded in Java. */
STRING : '"' ('\\' . | ~["\\])* '"' -> popMode;

/** A string without its closing quote (the longer STRING wins when the quote is there). */
UNTERMINATED_STRING : '"' ('\\' . | ~["\\])* '\\'? -> popMode;

/** An unquoted value: a number, true, false, null, or a string as real IdPs send it. */
BARE : ~[ \t\r\n()[\]"]+ -> popMode;

// Sets rather than literals, so that '(' stays the literal name of LPAREN in error messages.
VALUE_LPAREN   : [(] -> type(LPAREN), popMode;
VALUE_RPAREN   : [)] -> type(RPAREN), popMode;
VALUE_LBRACKET : [[] -> type(LBRACKET), popMode;
VALUE_RBRACKET : [\]] -> type(RBRACKET), popMode;

VALUE_WS : [ \t\r\n]+ -> skip;
