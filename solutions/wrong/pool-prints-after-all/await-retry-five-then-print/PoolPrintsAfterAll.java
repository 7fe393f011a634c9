package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Wrong on purpose: waits at most five times a minute for the pool to terminate, then prints whatever the result.
// Expect: awaitTermination
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (Runnable task : tasks) pool.submit(task);
        pool.shutdown();
        for (int tries = 0; tries < 5; tries++) {
            if (pool.awaitTermination(1, TimeUnit.MINUTES)) break;
            System.err.println("still waiting for the pool...");
        }
        out.println(finalLine);
    }
}
