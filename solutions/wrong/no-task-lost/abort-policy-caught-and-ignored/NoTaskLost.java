package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: catching the rejection keeps the method alive, but the rejected tasks are gone.
// Expect: AbortPolicy threw RejectedExecutionException for each
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.AbortPolicy())) {
            for (Runnable task : tasks) {
                try {
                    pool.execute(task);
                } catch (RejectedExecutionException e) {
                    // the queue is full; carry on
                }
            }
        }
        out.println(finalLine);
    }
}
