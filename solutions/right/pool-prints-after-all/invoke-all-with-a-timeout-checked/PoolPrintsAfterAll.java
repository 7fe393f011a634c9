package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

import java.util.concurrent.Executors;

// Right: a timed invokeAll, whose cancelled tasks are treated as the failure they are.
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            var futures = pool.invokeAll(tasks.stream().map(Executors::callable).toList(), 1, TimeUnit.MINUTES);
            for (var f : futures) {
                if (f.isCancelled()) throw new TimeoutException("a task was still running after a minute");
            }
            out.println(finalLine);
        }
    }
}
