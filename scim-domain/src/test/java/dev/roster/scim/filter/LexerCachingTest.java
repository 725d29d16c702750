package dev.roster.scim.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.scim.filter.grammar.ScimFilterLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.Test;

/**
 * The lexer reuses its DFA: a start state that ANTLR may not cache (one reached through a semantic
 * predicate) makes it simulate the whole lexer ATN for every token, and a filter of 10,000
 * characters cost hundreds of milliseconds (found by {@link FilterFuzzTest}).
 */
class LexerCachingTest {

  /** Reads the lexer's shared DFA; a mode's start state is that of the DFA at the mode's index. */
  private static final class Probe extends ScimFilterLexer {
    Probe() {
      super(CharStreams.fromString(""));
    }

    static DFA[] dfa() {
      return _decisionToDFA;
    }
  }

  @Test
  void everyLexerModeCachesItsStartState() {
    FilterParser.parse("userName eq \"bjensen\" and emails[type eq work]");

    assertThat(Probe.dfa()[ScimFilterLexer.DEFAULT_MODE].s0).isNotNull();
    assertThat(Probe.dfa()[ScimFilterLexer.VALUE].s0).isNotNull();
  }
}
