package dev.roster.application.event;

import dev.roster.domain.event.EventLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** The transaction boundary of one batch of background event work: each its own short one. */
@ApplicationScoped
public class EventBatches {
  @Inject EventLog log;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sequence(int max) {
    return log.sequence(max);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int deleteOlderThan(Instant cutoff, int max) {
    return log.deleteOlderThan(cutoff, max);
  }
}
