package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

// Wrong on purpose: an interrupt ends the wait early, and this code prints as if the tasks were done.
// Expect: Your thread was interrupted while it waited for
// Expect: Interrupted while waiting
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        for (Runnable task : tasks) pool.execute(task);
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // not yet
            }
        } catch (InterruptedException e) {
            // ignored
        }
        out.println(finalLine);
    }
}
