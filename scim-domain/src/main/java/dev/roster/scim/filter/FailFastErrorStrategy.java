package dev.roster.scim.filter;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;

/**
 * Never repairs the input by deleting or inserting a token, so that every error reaches the
 * listener as a mismatch that knows all the tokens that could have come next (for example {@code
 * 'and'}, {@code 'or'} or end of input after a complete comparison).
 *
 * <p>{@link DefaultErrorStrategy} remembers where those tokens were last looked up, but only
 * forgets it when a loop sees a token it can continue with; after {@code emails[type eq "work"]} it
 * would still offer {@code ']'}. Forgetting on every matched token keeps the list about the error.
 */
final class FailFastErrorStrategy extends DefaultErrorStrategy {

  @Override
  public void reportMatch(Parser recognizer) {
    super.reportMatch(recognizer);
    nextTokensContext = null;
    nextTokensState = ATNState.INVALID_STATE_NUMBER;
  }

  @Override
  protected Token singleTokenDeletion(Parser recognizer) {
    return null;
  }

  @Override
  protected boolean singleTokenInsertion(Parser recognizer) {
    return false;
  }
}
