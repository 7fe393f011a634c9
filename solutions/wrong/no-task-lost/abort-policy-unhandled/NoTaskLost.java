package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: the default policy, AbortPolicy, throws RejectedExecutionException out of execute().
// Expect: RejectedExecutionException escaped from your method
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.AbortPolicy())) {
            for (Runnable task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
