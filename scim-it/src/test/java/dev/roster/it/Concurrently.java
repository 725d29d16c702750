package dev.roster.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Sends requests from many threads released at the same instant, and collects the answers. */
final class Concurrently {
  private Concurrently() {}

  static List<Http.Response> run(int count, IntFunction<Http.Response> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Http.Response>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.apply(n);
                }));
      }
      start.countDown();
      List<Http.Response> responses = new ArrayList<>();
      for (Future<Http.Response> f : futures) {
        responses.add(f.get(60, TimeUnit.SECONDS));
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }
}
