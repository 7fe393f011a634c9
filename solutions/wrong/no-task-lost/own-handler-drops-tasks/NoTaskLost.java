package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: a rejection handler of its own that does nothing, so every rejected task is dropped.
// Expect: your own handler (a lambda) did not get them run
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                (task, executor) -> { })) {
            for (Runnable task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
