package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: loses no task, but a short awaitTermination whose answer is ignored is not a wait.
// Expect: Your awaitTermination(...) returned false
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.CallerRunsPolicy());
        for (Runnable task : tasks) pool.submit(task);
        pool.shutdown();
        pool.awaitTermination(200, TimeUnit.MILLISECONDS);
        out.println(finalLine);
    }
}
