package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.IntFunction;

/** Reference solution for pool-prints-after-all: try-with-resources, so close() does the waiting. */
public final class PoolPrintsAfterAll {

    private PoolPrintsAfterAll() {}

    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) {
        try (ExecutorService pool = newFixedThreadPool.apply(poolSize)) {
            for (Runnable task : tasks) {
                pool.submit(task);
            }
        } // close(): shutdown(), then wait until every submitted task has finished
        out.println(finalLine);
    }
}
