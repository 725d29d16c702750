package dev.roster.application.overload;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts requests in progress against a limit that may change at any time (unlike a {@link
 * java.util.concurrent.Semaphore}'s permits). A request over the limit waits a little for a place,
 * which smooths bursts, then is refused. At most as many wait as may be in flight; more are refused
 * at once, so that waiting requests never hold more than that many of the server's threads, and
 * requests that are not counted (the admin API) always find one. Every successful {@link #tryEnter}
 * must be matched by exactly one {@link #leave}.
 */
final class InFlightLimit {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition left = lock.newCondition();
  private int inFlight;
  private int waiting;

  /**
   * Enters when fewer than {@code limit} are in flight, waiting up to {@code waitNanos} for one to
   * leave; false when refused. A limit of 0 or less means none (the request still counts).
   */
  boolean tryEnter(int limit, long waitNanos) {
    lock.lock();
    try {
      if (limit > 0 && inFlight >= limit) {
        if (waitNanos <= 0 || waiting >= limit) {
          return false;
        }
        waiting++;
        try {
          long remaining = waitNanos;
          while (inFlight >= limit) {
            if (remaining <= 0) {
              return false;
            }
            remaining = left.awaitNanos(remaining);
          }
        } finally {
          waiting--;
        }
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

  boolean hasWaiting() {
    lock.lock();
    try {
      return waiting > 0;
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
