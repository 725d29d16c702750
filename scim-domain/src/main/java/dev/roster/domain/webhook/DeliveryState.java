package dev.roster.domain.webhook;

/** Where a delivery of one event to one endpoint stands. */
public enum DeliveryState {
  /** Not delivered yet: waiting for its turn, for its next try, or being sent. */
  PENDING,
  /** The endpoint answered 2xx in time. */
  DELIVERED,
  /** Retried for the whole schedule without success; the endpoint was disabled. */
  FAILED
}
