package dev.roster.scim.filter;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;

/**
 * Never repairs the input by deleting or inserting a token, so that every error reaches the
 * listener as a mismatch that knows all the tokens that could have come next (for example {@code
 * 'and'}, {@code 'or'} or end of input after a complete comparison).
 */
final class FailFastErrorStrategy extends DefaultErrorStrategy {

  @Override
  protected Token singleTokenDeletion(Parser recognizer) {
    return null;
  }

  @Override
  protected boolean singleTokenInsertion(Parser recognizer) {
    return false;
  }
}
