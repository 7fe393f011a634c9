package workbook.ch06;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many blocking tasks, each on its own virtual thread, but never more than {@code limit} of them inside the
 * task at once: the limit is a Semaphore, not the number of threads.
 *
 * <pre>./mvnw -q -pl chapters/06-virtual-threads exec:exec -Dexample=semaphore</pre>
 */
public final class LimitedConcurrency {

    private LimitedConcurrency() {}

    /**
     * Runs every task on a virtual thread of its own, at most {@code limit} at once, and returns once all have
     * finished. A task that throws does not stop the others, nor lower the limit; the failures are reported at
     * the end, by {@link #rethrowFailures}.
     */
    // tag::semaphore[]
    static void runAtMost(int limit, List<Runnable> tasks) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        var permits = new Semaphore(limit);                                  // <1>
        var futures = new ArrayList<Future<?>>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable task : tasks) {
                futures.add(executor.submit(() -> {                          // <2>
                    permits.acquire();                                       // <3>
                    try {
                        task.run();
                    } finally {
                        permits.release();                                   // <4>
                    }
                    return null;
                }));
            }
        }
        rethrowFailures(futures);                                            // <5>
    }
    // end::semaphore[]

    /**
     * Every future here is done (close() has waited). If any task failed, throws an IllegalStateException whose
     * cause is the first failure, with the later ones attached as suppressed exceptions.
     */
    static void rethrowFailures(List<Future<?>> futures) {
        IllegalStateException failure = null;
        for (Future<?> f : futures) {
            if (f.state() != Future.State.FAILED) continue;
            if (failure == null) failure = new IllegalStateException("a task failed", f.exceptionNow());
            else failure.addSuppressed(f.exceptionNow());
        }
        if (failure != null) throw failure;
    }

    public static void main(String[] args) {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        var tasks = new ArrayList<Runnable>();
        for (int i = 0; i < count; i++) {
            tasks.add(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(10); // a short blocking call
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
            });
        }
        long start = System.nanoTime();
        runAtMost(limit, tasks);
        System.out.printf("%d tasks on %d virtual threads, at most %d at once (limit %d), %d ms%n",
                count, count, most.get(), limit, (System.nanoTime() - start) / 1_000_000);
    }
}
