package dev.roster.application.overload;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts requests in progress against a limit that may change at any time (unlike a {@link
 * java.util.concurrent.Semaphore}'s permits). A request over the limit waits a little for a place,
 * which smooths bursts, then is refused. Every successful {@link #tryEnter} must be matched by
 * exactly one {@link #leave}.
 */
final class InFlightLimit {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition left = lock.newCondition();
  private int inFlight;

  /**
   * Enters when fewer than {@code limit} are in flight, waiting up to {@code waitNanos} for one to
   * leave; false when refused. A limit of 0 or less means none (the request still counts).
   */
  boolean tryEnter(int limit, long waitNanos) {
    lock.lock();
    try {
      long remaining = waitNanos;
      while (limit > 0 && inFlight >= limit) {
        if (remaining <= 0) {
          return false;
        }
        remaining = left.awaitNanos(remaining);
      }
      inFlight++;
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }

  void leave() {
    lock.lock();
    try {
      if (inFlight <= 0) {
        throw new IllegalStateException("leave() without a matching tryEnter()");
      }
      inFlight--;
      left.signal();
    } finally {
      lock.unlock();
    }
  }

  int inFlight() {
    lock.lock();
    try {
      return inFlight;
    } finally {
      lock.unlock();
    }
  }
}
