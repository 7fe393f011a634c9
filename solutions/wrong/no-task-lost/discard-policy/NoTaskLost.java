package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: a full queue makes DiscardPolicy drop the new task silently.
// Expect: DiscardPolicy dropped each of them
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.DiscardPolicy())) {
            for (Runnable task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
