package dev.roster.application.token;

import dev.roster.domain.token.ScimTokenRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Stores the in-memory token usage every ten seconds, in one short transaction. */
@Singleton
public class TokenUsageFlusher {
  @Inject TokenUsage usage;
  @Inject ScimTokenRepository tokens;

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
  public void flush() {
    usage.drain().forEach(tokens::recordUse);
  }
}
