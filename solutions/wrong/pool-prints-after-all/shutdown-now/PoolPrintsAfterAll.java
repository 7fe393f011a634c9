package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: shutdownNow() interrupts running tasks and drops queued ones; then waits for the wreckage.
// Expect: shutdownNow()
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (Runnable task : tasks) pool.submit(task);
        pool.shutdownNow();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) { }
        out.println(finalLine);
    }
}
