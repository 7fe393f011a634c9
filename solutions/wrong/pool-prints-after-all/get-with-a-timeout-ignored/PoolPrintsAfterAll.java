package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

// Wrong on purpose: a future that is not done within ten seconds is skipped, and the code goes on.
// Expect: '123' was printed while
// Expect: threw TimeoutException
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        ExecutorService pool = newFixedThreadPool.apply(poolSize);
        var futures = new ArrayList<Future<?>>();
        for (Runnable task : tasks) futures.add(pool.submit(task));
        for (var f : futures) {
            try {
                f.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // "it will finish on its own"
            }
        }
        out.println(finalLine);
        pool.shutdown();
    }
}
