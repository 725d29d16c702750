package dev.roster.it;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for something the server does in the background (deliveries, the worker's state). */
public final class Waits {
  private Waits() {}

  public static void until(BooleanSupplier condition, String what) {
    until(condition, what, Duration.ofSeconds(20));
  }

  public static void until(BooleanSupplier condition, String what, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out waiting for " + what);
      }
      pause(Duration.ofMillis(100));
    }
  }

  public static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
