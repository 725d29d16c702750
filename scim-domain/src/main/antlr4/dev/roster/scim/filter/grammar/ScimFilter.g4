/*
 * SCIM 2.0 filters (RFC 7644 section 3.4.2.2) and PATCH paths (RFC 7644 section 3.5.2).
 *
 * The Java package comes from the directory layout (antlr4-maven-plugin).
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
 * Right after a comparison operator the lexer expects a value (see valueExpected), so
 * that a bare value such as bob@example.com or 2011-05-13T04:42:34Z is one token. A
 * combined grammar cannot use lexer modes, hence the semantic predicates.
 */
grammar ScimFilter;

@lexer::members {
  /** True right after a comparison operator: the next token is a value. */
  private boolean valueExpected;

  @Override
  public Token nextToken() {
    Token token = super.nextToken();
    valueExpected = isCompareOp(token.getType());
    return token;
  }

  @Override
  public void reset() {
    super.reset();
    valueExpected = false;
  }

  private static boolean isCompareOp(int type) {
    return type == EQ || type == NE || type == CO || type == SW || type == EW
        || type == GT || type == GE || type == LT || type == LE;
  }
}

// ---------------------------------------------------------------- parser

/** Start rule for the "filter" query parameter. */
filter
    : expression EOF
    ;

/** Start rule for the "path" of a PATCH operation. */
patchPath
    : attrPath (LBRACKET expression RBRACKET SUB_ATTR?)? EOF
    ;

/** "or" binds weakest ... */
expression
    : andExpr (OR andExpr)*
    ;

/** ... then "and" ... */
andExpr
    : term (AND term)*
    ;

/** ... and "not" only ever applies to a parenthesised group. */
term
    : NOT? LPAREN expression RPAREN # groupTerm
    | attrPath attrTail              # attributeTerm
    ;

attrTail
    : PR                             # presentTail
    | compareOp value                # comparisonTail
    | LBRACKET expression RBRACKET   # valuePathTail
    ;

attrPath
    : ATTR_PATH
    | URN_PATH
    ;

compareOp
    : EQ | NE | CO | SW | EW | GT | GE | LT | LE
    ;

value
    : STRING
    | BARE
    ;

// ---------------------------------------------------------------- lexer

// Values come first: right after an operator they win over keywords and names.

/** A JSON string; escapes are checked and decoded in Java. */
STRING : {valueExpected}? '"' ('\\' . | ~["\\])* '"';

/** A string without its closing quote (the longer STRING wins when the quote is there). */
UNTERMINATED_STRING : {valueExpected}? '"' ('\\' . | ~["\\])* '\\'?;

/** An unquoted value: a number, true, false, null, or a string as real IdPs send it. */
BARE : {valueExpected}? ~[ \t\r\n()[\]"]+;

EQ : [eE] [qQ];
NE : [nN] [eE];
CO : [cC] [oO];
SW : [sS] [wW];
EW : [eE] [wW];
GT : [gG] [tT];
GE : [gG] [eE];
LT : [lL] [tT];
LE : [lL] [eE];

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
