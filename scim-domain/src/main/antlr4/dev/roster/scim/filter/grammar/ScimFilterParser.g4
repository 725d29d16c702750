/*
 * SCIM 2.0 filters (RFC 7644 section 3.4.2.2) and PATCH paths (RFC 7644 section 3.5.2).
 * The tokens, and the deviations from the RFC's ABNF, are in ScimFilterLexer.g4.
 *
 * The Java package comes from the directory layout (antlr4-maven-plugin).
 */
parser grammar ScimFilterParser;

options { tokenVocab = ScimFilterLexer; }


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
