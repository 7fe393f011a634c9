package exercises.notasklost;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import workbook.ch05.PoolMaker;

// Wrong on purpose: the right policy, but no wait: shutdown() returns at once and the final line comes too early.
// Expect: '123' was printed while
// Expect: Handing every task over (even to a full pool) is not waiting for them
public final class NoTaskLost {
    public static void runAll(PoolMaker pools, int threads, int queueCapacity, List<Runnable> tasks, String finalLine,
                              PrintStream out) throws Exception {
        var pool = pools.newThreadPoolExecutor(threads, threads, new ArrayBlockingQueue<>(queueCapacity),
                new ThreadPoolExecutor.CallerRunsPolicy());
        for (Runnable task : tasks) pool.execute(task);
        pool.shutdown();
        out.println(finalLine);
    }
}
