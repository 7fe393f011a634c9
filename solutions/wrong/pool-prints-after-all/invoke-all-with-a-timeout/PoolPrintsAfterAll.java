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

// Wrong on purpose: a timed invokeAll cancels whatever is not done when the time is up; the code never looks.
// Expect: '123' was printed while
// Expect: cancelled the tasks it had not completed
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            pool.invokeAll(tasks.stream().map(Executors::callable).toList(), 30, TimeUnit.SECONDS);
            out.println(finalLine);
        }
    }
}
