package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import workbook.ch05.PoolMaker;

// Wrong on purpose: an interrupt ends awaitTermination early, and this code prints as if the pool had terminated.
// Expect: Your thread was interrupted while it waited for
// Expect: Interrupted while waiting
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) {
        var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.CallerRunsPolicy());
        for (Runnable task : tasks) pool.execute(task);
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // not yet: keep waiting
            }
        } catch (InterruptedException e) {
            // ignored: "the pool is shut down, it will finish"
        }
        out.println(finalLine);
    }
}
