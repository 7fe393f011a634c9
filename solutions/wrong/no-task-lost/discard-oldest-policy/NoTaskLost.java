package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: a full queue makes DiscardOldestPolicy throw away the task that waited longest.
// Expect: DiscardOldestPolicy made room
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        try (var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.DiscardOldestPolicy())) {
            for (Runnable task : tasks) pool.execute(task);
        }
        out.println(finalLine);
    }
}
