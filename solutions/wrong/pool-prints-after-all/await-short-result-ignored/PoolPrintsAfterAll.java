package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: waits a little and ignores what awaitTermination returns.
// Expect: '123' was printed while
// Expect: returned false, meaning "time is up, tasks still running"
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (Runnable task : tasks) pool.submit(task);
        pool.shutdown();
        pool.awaitTermination(100, TimeUnit.MILLISECONDS);
        out.println(finalLine);
    }
}
