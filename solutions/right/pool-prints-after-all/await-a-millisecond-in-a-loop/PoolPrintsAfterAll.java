package exercises.poolprintsafterall;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.*;
import java.util.function.IntFunction;

// Right, if restless: awaitTermination(1 ms) asked again, with no cap, until it says true.
public final class PoolPrintsAfterAll {
    public static void runOnPool(IntFunction<ExecutorService> newFixedThreadPool, int poolSize, List<Runnable> tasks,
                                 String finalLine, PrintStream out) throws Exception {
        var pool = newFixedThreadPool.apply(poolSize);
        for (Runnable t : tasks) pool.submit(t);
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.MILLISECONDS)) {
            // not yet
        }
        out.println(finalLine);
    }
}
