package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: loses nothing, but only because the queue has no bound: it never fills up.
// Expect: is unbounded
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new LinkedBlockingQueue<>(),
                new ThreadPoolExecutor.CallerRunsPolicy())) {
            for (Runnable task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
