package workbook.ch06;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Many blocking tasks, each on its own virtual thread, but never more than {@code limit} of them inside the
 * task at once: the limit is a Semaphore, not the number of threads.
 *
 * <pre>./mvnw -q -pl chapters/06-virtual-threads exec:exec@semaphore</pre>
 */
public final class LimitedConcurrency {

    private LimitedConcurrency() {}

    // tag::semaphore[]
    static void runAtMost(int limit, List<Runnable> tasks) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        var permits = new Semaphore(limit);                                  // <1>
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Runnable task : tasks) {
                executor.submit(() -> {
                    permits.acquire();                                       // <2>
                    try {
                        task.run();
                    } finally {
                        permits.release();                                   // <3>
                    }
                    return null;                                             // a Callable, so acquire() may throw
                });
            }
        }
    }
    // end::semaphore[]

    public static void main(String[] args) {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        var running = new java.util.concurrent.atomic.AtomicInteger();
        var most = new java.util.concurrent.atomic.AtomicInteger();
        var tasks = new java.util.ArrayList<Runnable>();
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
