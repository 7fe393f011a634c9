package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: awaits termination of a pool that was never shut down, so it can never terminate.
// Expect: never shut down. A pool that is not shut down
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (Runnable task : tasks) pool.submit(task);
        while (!pool.awaitTermination(1, TimeUnit.DAYS)) { }
        out.println(finalLine);
    }
}
