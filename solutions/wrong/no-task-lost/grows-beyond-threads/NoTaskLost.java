package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: a maximum above the core size lets the pool start extra threads whenever the queue is full.
// Expect: maximumPoolSize is
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads * 2, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.CallerRunsPolicy())) {
            for (Runnable task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
